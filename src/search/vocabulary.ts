import { queryWords } from './correct.ts';

/**
 * The words a language's pages are known by, most used first: the list search corrects
 * misspellings against (when two words are equally close, the commoner one wins).
 */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of queryWords(text)) if ([...w].length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}
