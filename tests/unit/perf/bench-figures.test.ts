import { describe, expect, it } from 'vitest';
import { astroPhases, parseDuration } from '../../../src/perf/astro-phases.ts';
import { pagefindIndexSizes } from '../../../src/perf/pagefind-sizes.ts';
import { scalingTable } from '../../../src/perf/scaling.ts';
import { medianOfRuns, summarize, type LighthouseResult } from '../../../src/perf/lighthouse-summary.ts';

describe("reading Astro's build log", () => {
  it('reads durations as Astro and Vite write them', () => {
    expect(parseDuration('812ms')).toBe(0.812);
    expect(parseDuration('14.43s')).toBe(14.43);
    expect(parseDuration('2m 5s')).toBe(125);
    expect(parseDuration('3m')).toBe(180);
  });
  it('adds up the bundles and finds the rendering time', () => {
    const log = [
      '00:48:13 [vite] \x1b[32m✓ built in 1m 2s\x1b[39m',
      '00:48:13 [vite] ✓ built in 386ms',
      '00:47:45 [build] ✓ Completed in 10.00s.',
      ' prerendering static routes ',
      '00:48:14   ├─ /fonts/gu.css/ (+105ms)',
      '00:48:28 ✓ Completed in 2m 14s.',
      '00:48:28 [build] ✓ Completed in 43.16s.',
    ].join('\n');
    expect(astroPhases(log)).toEqual({ bundleSeconds: 62.386, renderSeconds: 134 });
  });
});

describe('search index sizes', () => {
  it('adds up each language’s files by the code Pagefind puts before their names', () => {
    const sizes = pagefindIndexSizes(
      { languages: { en: { page_count: 2 }, gu: { page_count: 1 } } },
      [
        { path: 'pagefind.en_abc.pf_meta', bytes: 10 },
        { path: 'index/en_1.pf_index', bytes: 100 },
        { path: 'filter/en_1.pf_filter', bytes: 5 },
        { path: 'fragment/en_x.pf_fragment', bytes: 7 },
        { path: 'fragment/en_y.pf_fragment', bytes: 8 },
        { path: 'index/gu_1.pf_index', bytes: 300 },
        { path: 'pagefind.js', bytes: 9999 },
      ],
    );
    expect(sizes).toEqual([
      { lang: 'en', pages: 2, indexBytes: 115, fragmentBytes: 15, files: 5 },
      { lang: 'gu', pages: 1, indexBytes: 300, fragmentBytes: 0, files: 1 },
    ]);
  });
});

describe('scaling table', () => {
  const run = (pages: number, cpu: number) => ({ pages, buildSeconds: cpu * 2, buildCpuSeconds: cpu, bundleSeconds: cpu / 2, renderSeconds: cpu / 4, pagefindSeconds: 1, peakBytes: 2 ** 30 });
  it('shows the cost of each added page, which stays flat when work is linear', () => {
    const lines = scalingTable([run(2000, 50), run(1000, 30)]).split('\n');
    expect(lines[1]).toMatch(/^1,000 .* 30\.0 s .* 30\.0 /);
    // 20 s more for 1,000 more pages: 20 ms per added page.
    expect(lines[2]).toMatch(/^2,000 .* 25\.0\s+20\.0 /);
  });
});

describe('Lighthouse summary', () => {
  const lhr: LighthouseResult = {
    categories: {
      performance: { title: 'Performance', score: 0.98, auditRefs: [{ id: 'lcp', weight: 25 }, { id: 'note', weight: 0 }] },
      accessibility: { title: 'Accessibility', score: 1, auditRefs: [{ id: 'contrast', weight: 7 }] },
      'best-practices': { title: 'Best practices', score: 1, auditRefs: [] },
      seo: { title: 'SEO', score: 0.9, auditRefs: [{ id: 'hreflang', weight: 1 }] },
    },
    audits: {
      lcp: { title: 'Largest Contentful Paint', score: 0.93, scoreDisplayMode: 'numeric', displayValue: '2.1 s' },
      note: { title: 'Unweighted', score: 0, scoreDisplayMode: 'binary' },
      contrast: { title: 'Contrast', score: 1, scoreDisplayMode: 'binary' },
      hreflang: { title: 'Document has a valid hreflang', score: 0, scoreDisplayMode: 'binary' },
    },
  };
  it('gives scores out of 100 and the weighted audits that fell short', () => {
    const s = summarize(lhr);
    expect(s.scores).toEqual({ performance: 98, accessibility: 100, 'best-practices': 100, seo: 90 });
    expect(s.shortfalls).toEqual([
      'performance: Largest Contentful Paint (2.1 s) [lcp, score 93]',
      'seo: Document has a valid hreflang [hreflang, score 0]',
    ]);
  });
});

describe('several Lighthouse runs of one page', () => {
  const run = (performance: number, why: string, accessibility: number | null = 100) => ({
    scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
    shortfalls: why ? [why] : [],
  });
  it('takes the median of each score, the range of performance, and the median run’s reasons', () => {
    const summary = medianOfRuns([run(89, 'TBT 240 ms'), run(100, ''), run(97, 'Speed Index 2.3 s', null)]);
    expect(summary.scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(summary.performanceRange).toEqual([89, 100]);
    expect(summary.shortfalls).toEqual(['Speed Index 2.3 s']);
  });
  it('is the run itself when there is one, and refuses none', () => {
    expect(medianOfRuns([run(94, 'x')]).scores.performance).toBe(94);
    expect(() => medianOfRuns([])).toThrow(/No Lighthouse runs/);
  });
});
