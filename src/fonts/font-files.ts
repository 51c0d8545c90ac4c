import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../config/root.ts';
import { languages, type Language, type LanguageFont } from '../i18n/languages.ts';
import { charactersToKeep, projectWords, subsetWoff2 } from './subset.ts';
import { formatUnicodeRange, parseUnicodeRange, type Spans } from './unicode-range.ts';

const require = createRequire(import.meta.url);

/** The woff2 file name fontsource gives one subset and weight, in its package. */
export function fontsourceFileName(font: LanguageFont, weight: number): string {
  return `${font.package}-${font.subset}-${weight}-normal.woff2`;
}

/** A short fingerprint of what makes a file: a new one whenever any part changes. */
export function versionTag(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 10);
}

const versions = new Map<LanguageFont, string>();

/**
 * The fingerprint in a language's served font and font CSS names: the package and its version,
 * the weights and the kept characters. Files named by it never change, so phones keep them for a
 * year without asking again (scripts/serve.mjs), and new words that need a new character get a
 * new name.
 */
export function fontVersion(font: LanguageFont): string {
  let tag = versions.get(font);
  if (tag === undefined) {
    const { version } = JSON.parse(fs.readFileSync(path.join(packageDir(font), 'package.json'), 'utf8')) as { version: string };
    tag = versionTag(`${font.package}@${version}`, font.family, font.weights.join(','), keptCharacters(font));
    versions.set(font, tag);
  }
  return tag;
}

/** The served woff2 for one weight: `/fonts/<this>`. */
export function fontFileName(font: LanguageFont, weight: number): string {
  return `${font.package}-${font.subset}-${weight}.${fontVersion(font)}.woff2`;
}

/** The served @font-face stylesheet of one language: `/fonts/<this>`. */
export function fontCssFileName(code: string, font: LanguageFont): string {
  return `${code}.${fontVersion(font)}.css`;
}

/** The unicode-range fontsource gives its script subset, read from its own CSS so it stays right when the package updates. */
export function fontsourceRange(font: LanguageFont, css: string, weight: number): string {
  const block = new RegExp(`/\\* ${font.package}-${font.subset}-${weight}-normal \\*/\\s*@font-face \\{([^}]*)\\}`).exec(css);
  const range = block?.[1] ? /unicode-range:\s*([^;]+);/.exec(block[1])?.[1] : undefined;
  if (!range) throw new Error(`No ${font.subset} subset at weight ${weight} in @fontsource/${font.package}`);
  return range.trim();
}

/**
 * The @font-face rules for one language: only its script (Latin text uses the system font), only
 * the weights it needs, served from /fonts/ on this site. The unicode-range is exactly what the
 * cut-down file holds, so any other character goes to the system font instead of a missing glyph.
 */
export function fontFaceCss(font: LanguageFont, range: string): string {
  return font.weights
    .map((weight) =>
      `@font-face{font-family:"${font.family}";font-style:normal;font-display:swap;font-weight:${weight};` +
      `src:url(/fonts/${fontFileName(font, weight)}) format("woff2");unicode-range:${range}}`)
    .join('\n');
}

function packageDir(font: LanguageFont): string {
  return path.dirname(require.resolve(`@fontsource/${font.package}/package.json`));
}

export function readFontsourceCss(font: LanguageFont, weight: number): string {
  return fs.readFileSync(path.join(packageDir(font), `${weight}.css`), 'utf8');
}

export function readFontFile(font: LanguageFont, weight: number): Buffer {
  return fs.readFileSync(path.join(packageDir(font), 'files', fontsourceFileName(font, weight)));
}

/** The code points of the font's script, as fontsource's own subset covers them. */
export function scriptRange(font: LanguageFont): Spans {
  const weight = font.weights[0] ?? 400;
  return parseUnicodeRange(fontsourceRange(font, readFontsourceCss(font, weight), weight));
}

const kept = new Map<LanguageFont, string>();
let words: string[] | undefined;

/** The characters a language's served font keeps (see charactersToKeep), worked out once per build. */
export function keptCharacters(font: LanguageFont): string {
  let characters = kept.get(font);
  if (characters === undefined) {
    // Every font looks through the same words: read them once.
    words ??= [...projectWords(projectRoot)];
    characters = charactersToKeep(words, scriptRange(font), parseUnicodeRange(font.keyboard));
    kept.set(font, characters);
  }
  return characters;
}

export function servedFontCss(font: LanguageFont): string {
  return fontFaceCss(font, formatUnicodeRange(keptCharacters(font)));
}

/** The served woff2: fontsource's script subset cut down to the kept characters (a third to four fifths of the bytes). */
export async function servedFontFile(font: LanguageFont, weight: number): Promise<Buffer> {
  return subsetWoff2(readFontFile(font, weight), keptCharacters(font));
}

export function languagesWithFonts(): (Language & { font: LanguageFont })[] {
  return languages.filter((l): l is (typeof languages)[number] & { font: LanguageFont } => l.font !== null);
}
