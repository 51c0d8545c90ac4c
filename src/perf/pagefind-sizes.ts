/** One language's search index, as Pagefind wrote it. */
export interface IndexSize {
  lang: string;
  pages: number;
  /** Word index chunks, metadata and filters: what a search downloads (only the chunks it needs). */
  indexBytes: number;
  /** Per-page result fragments, fetched only for results shown. */
  fragmentBytes: number;
  files: number;
}

/**
 * Sizes per language from pagefind-entry.json and the files in the pagefind folder. Pagefind
 * prefixes every index, meta, filter and fragment file with the language's code (`gu_…`).
 * Its files are already compressed, so these are the bytes sent.
 */
export function pagefindIndexSizes(entry: { languages: Record<string, { page_count: number }> }, files: readonly { path: string; bytes: number }[]): IndexSize[] {
  return Object.entries(entry.languages)
    .map(([lang, info]) => {
      const mine = files.filter((f) => {
        const name = f.path.split('/').at(-1) ?? '';
        return name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`);
      });
      const isFragment = (p: string) => p.startsWith('fragment/');
      return {
        lang,
        pages: info.page_count,
        indexBytes: mine.filter((f) => !isFragment(f.path)).reduce((a, f) => a + f.bytes, 0),
        fragmentBytes: mine.filter((f) => isFragment(f.path)).reduce((a, f) => a + f.bytes, 0),
        files: mine.length,
      };
    })
    .sort((a, b) => a.lang.localeCompare(b.lang));
}
