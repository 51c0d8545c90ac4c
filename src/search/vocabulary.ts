import { queryWords } from './correct.ts';

/** The words a language's pages are known by: the list search corrects misspellings against. */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of queryWords(text)) if ([...w].length >= 3) words.add(w);
  return [...words].sort();
}
