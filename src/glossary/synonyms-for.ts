import type { LangCode } from '../i18n/languages.ts';
import { loadGlossary } from './load.ts';
import { matcherFor } from './rehype-glossary-links.ts';

/**
 * The everyday words for the jargon a page uses, so search finds the page by them:
 * a page that says "home care" is found by "home help". Done once per page at build time.
 */
export function glossarySynonymsIn(text: string, lang: LangCode): string[] {
  const matcher = matcherFor(lang);
  const glossary = loadGlossary(lang);
  if (!matcher || !glossary) return [];
  const ids = new Set<string>();
  for (const m of text.matchAll(matcher.regex)) {
    const id = matcher.idOf.get((m[2] ?? '').toLocaleLowerCase(lang));
    if (id) ids.add(id);
  }
  return glossary.terms.filter((t) => ids.has(t.id)).flatMap((t) => t.synonyms);
}
