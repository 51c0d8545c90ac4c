import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { languages, type Language, type LanguageFont } from '../i18n/languages.ts';

const require = createRequire(import.meta.url);

/** The woff2 file name fontsource gives one subset and weight. */
export function fontFileName(font: LanguageFont, weight: number): string {
  return `${font.package}-${font.subset}-${weight}-normal.woff2`;
}

/**
 * The @font-face rules for one language: only its script's subset (Latin text uses the
 * system font), only the weights it needs, served from /fonts/ on this site.
 * The unicode-range comes from fontsource's own CSS so it stays right when the package updates.
 */
export function fontFaceCss(font: LanguageFont, readCss: (weight: number) => string): string {
  return font.weights
    .map((weight) => {
      const css = readCss(weight);
      const block = new RegExp(`/\\* ${font.package}-${font.subset}-${weight}-normal \\*/\\s*@font-face \\{([^}]*)\\}`).exec(css);
      const range = block?.[1] ? /unicode-range:\s*([^;]+);/.exec(block[1])?.[1] : undefined;
      if (!range) throw new Error(`No ${font.subset} subset at weight ${weight} in @fontsource/${font.package}`);
      return `@font-face{font-family:"${font.family}";font-style:normal;font-display:swap;font-weight:${weight};` +
        `src:url(/fonts/${fontFileName(font, weight)}) format("woff2");unicode-range:${range}}`;
    })
    .join('\n');
}

function packageDir(font: LanguageFont): string {
  return path.dirname(require.resolve(`@fontsource/${font.package}/package.json`));
}

export function readFontsourceCss(font: LanguageFont, weight: number): string {
  return fs.readFileSync(path.join(packageDir(font), `${weight}.css`), 'utf8');
}

export function readFontFile(font: LanguageFont, weight: number): Buffer {
  return fs.readFileSync(path.join(packageDir(font), 'files', fontFileName(font, weight)));
}

export function languagesWithFonts(): (Language & { font: LanguageFont })[] {
  return languages.filter((l): l is (typeof languages)[number] & { font: LanguageFont } => l.font !== null);
}
