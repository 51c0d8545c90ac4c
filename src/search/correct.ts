/**
 * Spelling help for search, in every language. Pagefind matches words exactly (and the
 * last word as a prefix), so "carres" would find nothing. Each unknown word is swapped for
 * the closest word the site itself uses, if one is close enough. Runs in the browser on a
 * word list made at build time; no request leaves the site.
 */

/** Damerau-Levenshtein distance (adjacent swaps count once), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const A = [...a];
  const B = [...b];
  const d: number[][] = Array.from({ length: A.length + 1 }, (_, i) => [i, ...Array<number>(B.length).fill(0)]);
  for (let j = 1; j <= B.length; j++) d[0]![j] = j;
  for (let i = 1; i <= A.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[A.length]![B.length]!;
}

/** How many mistakes a word of this length may have: none for short words, which are too easy to confuse. */
export function allowedMistakes(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** Splits a query into words, keeping letters and combining marks of every script together. */
export function queryWords(query: string): string[] {
  return query.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? [];
}

/**
 * The query with unknown words replaced by the nearest known word, or null when nothing
 * changed. Known words are left alone, so a correct query is never altered.
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string> | readonly string[]): string | null {
  const known = vocabulary instanceof Set ? vocabulary : new Set(vocabulary);
  const words = queryWords(query);
  let changed = false;
  const out = words.map((word) => {
    if (known.has(word)) return word;
    const max = allowedMistakes([...word].length);
    if (max === 0) return word;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of vocabulary) {
      const distance = editDistance(word, candidate, max);
      // Strictly closer only: the vocabulary lists common words first, so ties go to them.
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best && bestDistance <= max) {
      changed = true;
      return best;
    }
    return word;
  });
  return changed ? out.join(' ') : null;
}
