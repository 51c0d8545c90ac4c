import type { LangCode } from '../i18n/languages.ts';
import { loadGlossary } from '../glossary/load.ts';
import { searchEntries } from './entries.ts';
import { buildVocabulary } from './vocabulary.ts';
import type { KeywordPage } from './keywords.ts';

export interface SearchData {
  /** Words the language's pages use, commonest first, for spelling help. */
  words: string[];
  /** Pages with their keywords, for matching people's own words. */
  pages: KeywordPage[];
}

/** Everything the search page needs besides Pagefind, for one language. Pages shown in English are left out. */
export async function searchData(lang: LangCode): Promise<SearchData> {
  const entries = (await searchEntries(lang)).filter((e) => !e.inEnglish);
  const glossary = loadGlossary(lang)?.terms ?? [];
  const words = buildVocabulary([
    ...entries.flatMap((e) => [e.title, e.summary, ...e.keywords, e.body]),
    ...glossary.flatMap((t) => [t.term, ...t.also, ...t.synonyms]),
  ]);
  const pages = entries.map(({ href, title, summary, kind, keywords }) => ({ url: href, title, summary, kind, keywords }));
  return { words, pages };
}
