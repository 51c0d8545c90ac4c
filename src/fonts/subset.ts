import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { inSpans, spanCharacters, type Spans } from './unicode-range.ts';

/**
 * Which characters a language's font keeps: every character of its script that the project's
 * words use (all content, UI strings and language names, in any language: Urdu and Arabic share
 * a script), plus the letters a person types on that language's keyboard, so what someone writes
 * in a form is drawn in the same font. Joiners, direction marks and the dotted circle (shown
 * under a lone vowel sign) stay when the script's range has them. Nothing outside the fontsource subset's range.
 */
export function charactersToKeep(texts: Iterable<string>, scriptRange: Spans, keyboard: Spans): string {
  const keep = new Set<string>();
  const add = (text: string) => {
    for (const c of text) if (inSpans(c.codePointAt(0) ?? 0, scriptRange)) keep.add(c);
  };
  for (const text of texts) add(text);
  add(spanCharacters(keyboard));
  // Joiners, the direction marks Intl's number and date formatting writes, and the dotted circle.
  add('\u061C\u200C\u200D\u200E\u200F\u25CC');
  return [...keep].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

const WORD_FILES = /\.(mdx?|ya?ml|json)$/;

/** The words of the project: content/, locales/ and the language list (its names in their own scripts). */
export function* projectWords(root: string): Generator<string> {
  for (const dir of ['content', 'locales']) yield* readTree(path.join(root, dir));
  yield fs.readFileSync(path.join(root, 'src/i18n/languages.ts'), 'utf8');
}

function* readTree(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* readTree(full);
    else if (WORD_FILES.test(entry.name)) yield fs.readFileSync(full, 'utf8');
  }
}

/** The font cut down to the characters given (and every glyph they need in combination: conjuncts, joining forms). */
export async function subsetWoff2(font: Buffer, characters: string): Promise<Buffer> {
  return subsetFont(font, characters, { targetFormat: 'woff2' });
}
