import { languages } from '../i18n/languages.ts';
import { fontFileName } from '../fonts/font-files.ts';

/**
 * The font files a page in one language may load: its own script's subset, in the weights
 * languages.ts lists, as woff2 from /fonts/. Latin-script languages load none (system font).
 */
export function allowedFontFiles(lang: string | undefined): Set<string> {
  const font = languages.find((l) => l.code === lang)?.font;
  return new Set(font ? font.weights.map((w) => `/fonts/${fontFileName(font, w)}`) : []);
}
