import type { TOptions } from 'i18next';
import { defaultLang, getLanguage, type LangCode } from '../i18n/languages.ts';
import { loadResources } from '../i18n/resources.ts';
import { useTranslations } from '../i18n/t.ts';

/** Words for the page, with the language they are really in (English when a translation is missing). */
export interface LocalText {
  text: string;
  lang: LangCode;
}

export type Vars = Record<string, string | number | boolean>;

export interface FiguresText {
  lang: LangCode;
  /** A figures.json string by key, falling back to English and saying so. */
  text(key: string, vars?: Vars): LocalText;
  /** The same, as a plain string (for attributes and the CSV). */
  str(key: string, vars?: Vars): string;
}

const resources = loadResources();

/** True when the language's own figures.json has the key (or its ordinal forms, for ranks). */
export function hasOwnFiguresString(lang: LangCode, key: string): boolean {
  const own = resources[lang]?.figures ?? {};
  return key in own || `${key}_ordinal_other` in own;
}

/** Number ranges such as 2023-24 or 28 to 42, not already isolated. */
const numberRange = /(?<![\u2066\p{Nd}])(\p{Nd}+(?:[-\u2010\u2013]\p{Nd}+)+)(?!\p{Nd})/gu;

/**
 * In right-to-left text, "2023-24" after Arabic letters is laid out as "24-2023" (the
 * digits count as Arabic numbers and the hyphen does not join them). Wrapping each range
 * in a left-to-right isolate keeps it the right way round; it is invisible otherwise.
 */
export function isolateNumberRanges(text: string): string {
  return text.replace(numberRange, '\u2066$1\u2069');
}

/** Takes the isolates out again, for plain-text files such as the CSV. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/**
 * The figures strings for one language. Keys come from the data files (`row.<id>`),
 * so they are plain strings here rather than the typed keys of the UI; the build
 * checks that every data file's keys exist in English (see keys.ts).
 */
export function figuresText(lang: LangCode): FiguresText {
  type Plain = (key: string, options?: TOptions) => string;
  const own = useTranslations(lang, 'figures') as unknown as Plain;
  const english = useTranslations(defaultLang, 'figures') as unknown as Plain;
  const rtl = getLanguage(lang).dir === 'rtl';
  const text = (key: string, vars: Vars = {}): LocalText => {
    const found = lang === defaultLang || hasOwnFiguresString(lang, key)
      ? { text: own(key, vars), lang }
      : { text: english(key, vars), lang: defaultLang };
    return rtl ? { ...found, text: isolateNumberRanges(found.text) } : found;
  };
  return { lang, text, str: (key, vars) => text(key, vars).text };
}
