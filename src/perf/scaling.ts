import { table } from './stats.ts';

export interface SizeRun {
  /** Pages built (HTML files). */
  pages: number;
  buildSeconds: number;
  /** Processor time of the build: steadier than wall time on a shared machine. */
  buildCpuSeconds: number;
  /** Astro's own figures: Vite bundling (compiles each MDX page) and rendering the HTML. */
  bundleSeconds: number;
  renderSeconds: number;
  pagefindSeconds: number;
  peakBytes: number;
}

const ms = (seconds: number, pages: number) => ((seconds * 1000) / pages).toFixed(1);

/**
 * Whether build work grows in proportion to pages. Per page at each size, and the cost of
 * each page added since the next smaller run ("marginal"), which leaves out the fixed start-up
 * cost. Linear work keeps the marginal figure flat; a list scanned once per page over all pages
 * (quadratic) makes it grow with the size.
 */
export function scalingTable(runs: readonly SizeRun[]): string {
  const sorted = [...runs].sort((a, b) => a.pages - b.pages);
  const rows = [['pages', 'build wall', 'build CPU', 'CPU ms/page', 'marginal CPU ms/page', 'bundle ms/page', 'render ms/page', 'Pagefind', 'peak memory']];
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    rows.push([
      r.pages.toLocaleString('en-GB'),
      `${r.buildSeconds.toFixed(1)} s`,
      `${r.buildCpuSeconds.toFixed(1)} s`,
      ms(r.buildCpuSeconds, r.pages),
      prev ? ms(r.buildCpuSeconds - prev.buildCpuSeconds, r.pages - prev.pages) : '',
      ms(r.bundleSeconds, r.pages),
      ms(r.renderSeconds, r.pages),
      `${r.pagefindSeconds.toFixed(1)} s`,
      `${(r.peakBytes / 1024 ** 3).toFixed(2)} GB`,
    ]);
  });
  return table(rows, 1);
}
