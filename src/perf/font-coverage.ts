import { languages } from '../i18n/languages.ts';
import { fontFileName, scriptRange } from '../fonts/font-files.ts';
import { fontCharacters } from '../fonts/cmap.ts';
import { inSpans, type Spans } from '../fonts/unicode-range.ts';
import type { BudgetResult } from './budgets.ts';

/** Characters of the font's script on a page that the served font cannot draw (each once). */
export function missingCharacters(text: string, script: Spans, drawable: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const c of text) if (inSpans(c.codePointAt(0) ?? 0, script) && !drawable.has(c)) missing.add(c);
  return [...missing];
}

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} ${c}`;

/**
 * The served fonts are cut down to the characters the words use: every character of a font's
 * script on a built page of its language must still be in the served file, in every weight.
 */
export async function fontCoverageBudget(
  pages: readonly { url: string; lang: string | undefined; html: string }[],
  readAsset: (urlPath: string) => Uint8Array | undefined,
): Promise<BudgetResult> {
  const problems: string[] = [];
  let checked = 0;
  for (const { code, font } of languages) {
    if (!font) continue;
    const script = scriptRange(font);
    for (const w of font.weights) {
      const file = `/fonts/${fontFileName(font, w)}`;
      const bytes = readAsset(file);
      if (!bytes) {
        problems.push(`${file} is not in the built site`);
        continue;
      }
      const drawable = await fontCharacters(bytes);
      for (const page of pages.filter((p) => p.lang === code)) {
        checked++;
        const missing = missingCharacters(page.html, script, drawable);
        if (missing.length) problems.push(`${page.url}: ${file} cannot draw ${missing.map(codePoint).join(', ')}`);
      }
    }
  }
  return {
    name: 'Characters on a page missing from its cut-down font',
    measured: `${problems.length} of ${checked} page and weight pairs`,
    budget: '0',
    ok: checked > 0 && problems.length === 0,
    problems,
  };
}
