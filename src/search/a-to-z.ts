/** One entry of the A to Z: a page title and where it lives. */
export interface AtoZEntry {
  title: string;
  href: string;
  /** Set when the page is shown in English because it is not translated yet. */
  inEnglish?: boolean;
  kind: string;
}

export interface AtoZGroup {
  letter: string;
  entries: AtoZEntry[];
}

/**
 * Pages grouped by their first letter, in the language's own alphabetical order
 * (Intl.Collator knows Gujarati, Gurmukhi, Urdu and Arabic order). English titles shown
 * in another language sort after the language's own.
 */
export function aToZ(entries: AtoZEntry[], locale: string): AtoZGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...entries].sort((a, b) => Number(a.inEnglish ?? false) - Number(b.inEnglish ?? false) || collator.compare(a.title, b.title));
  const groups: AtoZGroup[] = [];
  for (const entry of sorted) {
    const letter = firstLetter(entry.title, locale);
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** The first letter as a reader would file it: a whole grapheme, upper case where the script has case. */
export function firstLetter(title: string, locale: string): string {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const first = [...segmenter.segment(title.trim())][0]?.segment ?? '#';
  // A Gujarati or Gurmukhi letter with a vowel sign files under the bare letter.
  const base = first.normalize('NFD').replace(/\p{M}+/gu, '') || first;
  return base.toLocaleUpperCase(locale);
}
