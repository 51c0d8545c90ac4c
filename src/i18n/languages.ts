/**
 * The one list of the portal's languages. Routing, the language switcher, fonts,
 * `lang`/`dir` and the search indexes all come from here: adding a language is one
 * entry here, one `locales/<code>/` folder, and content.
 */
export interface Language {
  /** BCP 47 code, used in URLs (`/gu/…`) and in `<html lang>`. */
  code: string;
  /** The language's name in English, for the README and staff tools. */
  englishName: string;
  /** The language's name in its own script, as the switcher shows it. */
  name: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Font family for the language's script, self-hosted; null uses the system font. */
  font: LanguageFont | null;
  /** Digits people expect in numbers (Intl numbering system). */
  numberingSystem: string;
}

export interface LanguageFont {
  /** Folder under node_modules/@fontsource/. */
  package: string;
  /** CSS family name. */
  family: string;
  /** The fontsource subset that holds the script (Latin text uses the system font). */
  subset: string;
  /** Line height the script needs to read comfortably. */
  lineHeight: number;
  /** Weights to serve. Fewer weights, fewer bytes: the browser draws bold itself otherwise. */
  weights: readonly number[];
  /**
   * The letters, digits and marks people type on this language's keyboard (a CSS unicode-range).
   * The served font keeps them even when no page uses them yet, so what someone writes in a form
   * is drawn in the same font; the rest of the font is cut to the characters the pages use.
   */
  keyboard: string;
}

/** Arabic letters, tashkeel, Arabic-Indic digits and Arabic punctuation (، ؛ ؟ ـ). */
const ARABIC_KEYBOARD = 'U+060C,U+061B,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670';
/** The Arabic letters Urdu uses, and its own: ٹ پ چ ڈ ڑ ژ ک گ ں ھ ہ ۂ ۃ ی ے ۓ ۔ and Urdu digits. */
const URDU_KEYBOARD = `${ARABIC_KEYBOARD},U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA,U+06BE,U+06C0-06C3,U+06CC,U+06D2-06D4,U+06F0-06F9`;

export const languages = [
  { code: 'en', englishName: 'English', name: 'English', dir: 'ltr', font: null, numberingSystem: 'latn' },
  {
    code: 'gu', englishName: 'Gujarati', name: 'ગુજરાતી', dir: 'ltr', numberingSystem: 'latn',
    font: { package: 'noto-sans-gujarati', family: 'Noto Sans Gujarati', subset: 'gujarati', lineHeight: 1.7, weights: [400, 700], keyboard: 'U+0A81-0AF1' },
  },
  {
    code: 'pa', englishName: 'Punjabi (Gurmukhi)', name: 'ਪੰਜਾਬੀ', dir: 'ltr', numberingSystem: 'latn',
    font: { package: 'noto-sans-gurmukhi', family: 'Noto Sans Gurmukhi', subset: 'gurmukhi', lineHeight: 1.7, weights: [400, 700], keyboard: 'U+0A01-0A76' },
  },
  {
    code: 'ur', englishName: 'Urdu', name: 'اردو', dir: 'rtl', numberingSystem: 'latn',
    font: { package: 'noto-nastaliq-urdu', family: 'Noto Nastaliq Urdu', subset: 'arabic', lineHeight: 2.2, weights: [400], keyboard: URDU_KEYBOARD },
  },
  { code: 'pl', englishName: 'Polish', name: 'Polski', dir: 'ltr', font: null, numberingSystem: 'latn' },
  { code: 'so', englishName: 'Somali', name: 'Soomaali', dir: 'ltr', font: null, numberingSystem: 'latn' },
  {
    code: 'ar', englishName: 'Arabic', name: 'العربية', dir: 'rtl', numberingSystem: 'latn',
    font: { package: 'noto-naskh-arabic', family: 'Noto Naskh Arabic', subset: 'arabic', lineHeight: 1.8, weights: [400, 700], keyboard: ARABIC_KEYBOARD },
  },
] as const satisfies readonly Language[];

export type LangCode = (typeof languages)[number]['code'];

export const defaultLang: LangCode = 'en';

export const langCodes = languages.map((l) => l.code) as LangCode[];

export function isLangCode(value: string | undefined): value is LangCode {
  return value !== undefined && (langCodes as string[]).includes(value);
}

export function getLanguage(code: LangCode): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language: ${code}`);
  return found;
}
