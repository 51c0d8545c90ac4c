import { describe, expect, it } from 'vitest';
import { adviceWeightBudget, fontBudget, noScriptBudget, ADVICE_HTML_CSS_GZIP_LIMIT } from '../../../src/perf/budgets.ts';
import { allowedFontFiles } from '../../../src/perf/fonts.ts';
import type { PageWeight } from '../../../src/perf/page-weight.ts';

const page = (over: Partial<PageWeight> & { url: string }): PageWeight => ({
  lang: 'en', kind: 'advice', html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 },
  fonts: { raw: 0, gzip: 0 }, scriptCount: 0, fontFiles: [], missing: [], ...over,
});
const kb = (n: number) => ({ raw: n * 3 * 1024, gzip: n * 1024 });

describe('advice page weight budget (median HTML + CSS, gzip)', () => {
  it('is 12 KB', () => {
    expect(ADVICE_HTML_CSS_GZIP_LIMIT).toBe(12 * 1024);
  });
  it('passes when the median advice page is within it, even if one page is over', () => {
    const pages = [
      page({ url: '/a/', html: kb(4), css: kb(2) }),
      page({ url: '/a/easy-read/', kind: 'easy-read', html: kb(5), css: kb(2) }),
      page({ url: '/b/', html: kb(40), css: kb(2) }),
    ];
    const r = adviceWeightBudget(pages);
    expect(r.ok).toBe(true);
    expect(r.measured).toBe('7.0 KB (3 pages)');
  });
  it('fails when the median advice page is over, and says by how much', () => {
    const r = adviceWeightBudget([page({ url: '/a/', html: kb(11), css: kb(2) })]);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toContain('13.0 KB');
  });
  it('measures only advice and easy read pages', () => {
    const r = adviceWeightBudget([page({ url: '/a/', html: kb(3) }), page({ url: '/jargon-buster/', kind: 'glossary', html: kb(90) })]);
    expect(r.ok).toBe(true);
    expect(r.measured).toBe('3.0 KB (1 pages)');
  });
  it('fails rather than passing on nothing when no advice pages are found', () => {
    expect(adviceWeightBudget([page({ url: '/', kind: 'home' })]).ok).toBe(false);
  });
});

describe('no JavaScript needed to read', () => {
  it('fails for a script on an advice, easy read or figures page', () => {
    const r = noScriptBudget([page({ url: '/a/' }), page({ url: '/figures/money/', kind: 'figures', scriptCount: 1 })]);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['/figures/money/: 1 script(s); reading a page must not need JavaScript']);
  });
  it('allows scripts on search and forms, which are enhancements', () => {
    const r = noScriptBudget([page({ url: '/a/' }), page({ url: '/search/', kind: undefined, scriptCount: 1 }), page({ url: '/ask/x/', kind: 'form', scriptCount: 1 })]);
    expect(r.ok).toBe(true);
    expect(r.measured).toBe('0 of 1');
  });
});

describe('fonts per script', () => {
  const gu = [...allowedFontFiles('gu')];
  it('allows English, Polish and Somali pages no font files, and Gujarati pages only Gujarati subset woff2', () => {
    expect(allowedFontFiles('en').size).toBe(0);
    expect(allowedFontFiles('pl').size).toBe(0);
    expect(gu).toHaveLength(2);
    expect(gu[0]).toMatch(/^\/fonts\/noto-sans-gujarati-gujarati-400\.[0-9a-f]{10}\.woff2$/);
    expect(gu[1]).toMatch(/^\/fonts\/noto-sans-gujarati-gujarati-700\.[0-9a-f]{10}\.woff2$/);
  });
  it('passes a Gujarati page with its own fonts and an English page with none', () => {
    const r = fontBudget([page({ url: '/gu/a/', lang: 'gu', fontFiles: gu }), page({ url: '/a/' })], allowedFontFiles);
    expect(r.ok).toBe(true);
  });
  it('fails an English page that loads a font, and a Gujarati page that loads a whole font or another script', () => {
    const r = fontBudget([
      page({ url: '/a/', fontFiles: [gu[0]!] }),
      page({ url: '/gu/a/', lang: 'gu', fontFiles: ['/fonts/noto-sans-gujarati-latin-400-normal.woff2'] }),
      page({ url: '/gu/b/', lang: 'gu', fontFiles: [...allowedFontFiles('ar')] }),
    ], allowedFontFiles);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.split(' ')[0])).toEqual(['/a/', '/gu/a/', '/gu/b/']);
  });
});
