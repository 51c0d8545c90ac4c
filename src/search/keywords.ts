import { queryWords } from './correct.ts';

/** What the search page knows about each page besides Pagefind's index. */
export interface KeywordPage {
  url: string;
  title: string;
  summary: string;
  kind: string;
  /** The page's own keywords: everyday words, other spellings, romanised forms. */
  keywords: string[];
}

const norm = (s: string) => queryWords(s).join(' ');

/**
 * People search with their own words, and Pagefind has no synonyms (and no stemming for
 * most of our languages). So before Pagefind's results we put the pages whose keywords
 * or title match what was typed: exactly (best), as a whole phrase inside a keyword, or
 * with every word of the query inside one keyword; in the title counts a little more. Plain
 * pages come before easy read ones
 * that match as well, then the order pages have on the site.
 */
export function keywordMatches(query: string, pages: readonly KeywordPage[]): KeywordPage[] {
  const q = norm(query);
  if (!q) return [];
  const qWords = q.split(' ');
  const scored = pages.map((page, index) => {
    let best = 0;
    for (const [i, phrase] of [page.title, ...page.keywords].map(norm).entries()) {
      if (!phrase) continue;
      const words = phrase.split(' ');
      // A match in the title counts a little more than the same match in a keyword.
      const title = i === 0 ? 0.5 : 0;
      if (phrase === q) best = Math.max(best, 3 + title);
      else if ([...q].length >= 3 && ` ${phrase} `.includes(` ${q} `)) best = Math.max(best, 2 + title);
      else if (qWords.every((w) => words.includes(w))) best = Math.max(best, 1 + title);
      // Most of our languages add endings to words ("સાધન" → "સાધનો", "opiekun" → "opiekuna")
      // and Pagefind stems none of them, so a word that starts a keyword's word also counts.
      else if (qWords.every((w) => [...w].length >= 3 && words.some((k) => k.startsWith(w)))) best = Math.max(best, 0.75 + title);
    }
    return { page, index, best };
  });
  return scored
    .filter((s) => s.best > 0)
    .sort((a, b) => b.best - a.best || Number(a.page.kind === 'easy-read') - Number(b.page.kind === 'easy-read') || a.index - b.index)
    .map((s) => s.page);
}
