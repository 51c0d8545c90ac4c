import type { PageWeight } from './page-weight.ts';
import type { Bytes } from './sizes.ts';
import { formatBytes, largest, median, table } from './stats.ts';

const RESOURCES = ['html', 'css', 'js', 'fonts'] as const;
const LABEL = { html: 'HTML', css: 'CSS', js: 'JavaScript', fonts: 'fonts' } as const;

const pair = (pages: readonly PageWeight[], pick: (p: PageWeight) => Bytes, stat: (v: number[]) => number) =>
  `${formatBytes(stat(pages.map((p) => pick(p).gzip)))} / ${formatBytes(stat(pages.map((p) => pick(p).raw)))}`;

/**
 * Median and largest bytes per page, for each kind of page and each kind of file, gzip then
 * raw. The median and the largest are each taken on their own column, so they may come from
 * different pages.
 */
export function weightTable(pages: readonly PageWeight[]): string {
  const kinds = [...new Set(pages.map((p) => p.kind ?? 'other'))].sort();
  const rows: string[][] = [['page kind', 'file', 'pages', 'median (gzip / raw)', 'largest (gzip / raw)']];
  for (const kind of ['all pages', ...kinds]) {
    const group = kind === 'all pages' ? pages : pages.filter((p) => (p.kind ?? 'other') === kind);
    for (const r of RESOURCES) {
      rows.push([r === 'html' ? kind : '', LABEL[r], r === 'html' ? String(group.length) : '', pair(group, (p) => p[r], median), pair(group, (p) => p[r], largest)]);
    }
  }
  return table(rows, 2);
}
