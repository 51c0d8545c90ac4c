/** A CSS unicode-range as inclusive code point spans, e.g. "U+0600-06FF,U+200C" → [[0x600,0x6ff],[0x200c,0x200c]]. */
export type Spans = readonly (readonly [number, number])[];

export function parseUnicodeRange(range: string): Spans {
  return range
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part);
      if (!m?.[1]) throw new Error(`Not a unicode-range part: "${part}"`);
      const start = Number.parseInt(m[1], 16);
      return [start, m[2] ? Number.parseInt(m[2], 16) : start] as const;
    });
}

export function inSpans(codePoint: number, spans: Spans): boolean {
  return spans.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** Every code point the spans cover, as a string (for small spans: a script block, a keyboard). */
export function spanCharacters(spans: Spans): string {
  return spans.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => String.fromCodePoint(start + i))).join('');
}

/** The shortest unicode-range for a set of characters: runs of neighbouring code points become spans. */
export function formatUnicodeRange(characters: Iterable<string>): string {
  const points = [...new Set([...characters].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const p of points) {
    const last = spans.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else spans.push([p, p]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return spans.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}
