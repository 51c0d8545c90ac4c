import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../../src/perf/links.ts';
import { validateHtmlFiles } from '../../../src/perf/html-validation.ts';
import { fileAssetReader, fileOfUrl, listHtmlPages, urlOfFile } from '../../../src/perf/site-files.ts';

const site = path.resolve(import.meta.dirname, '../../fixtures/perf/links-site');

describe('built files and their URLs', () => {
  it('lists every page with the address it is served at', () => {
    expect(listHtmlPages(site).map((p) => p.url)).toEqual(['/', '/carers/', '/orphan/']);
    expect(urlOfFile(site, path.join(site, 'carers/index.html'))).toBe('/carers/');
    expect(fileOfUrl(site, '/fonts/gu.css')).toBe(path.join(site, 'fonts/gu.css'));
  });
  it('reads nothing outside the built folder', () => {
    const read = fileAssetReader(site);
    expect(read('/fonts/gu.css')).toBeDefined();
    expect(read('/../links.test.ts')).toBeUndefined();
    expect(read('/no-such-file.css')).toBeUndefined();
  });
});

describe('link check over a built folder', () => {
  it('finds broken pages, assets, fonts in CSS, fragments and redirects, on every page', async () => {
    const report = await checkBuiltLinks(site, { site: 'https://portal.example' });
    const broken = report.broken.map((b) => `${b.from} -> ${b.to}`).sort();
    expect(broken).toEqual([
      '/ -> /ask/progress-report/', // pages made on request are skipped by their exact address only
      '/ -> /carers',
      '/ -> /carers/#no-such-part',
      '/ -> /gu/',
      '/ -> /not-built/',
      '/ -> /pictures/missing.svg',
      '/fonts/gu.css -> /fonts/absent.woff2',
      '/orphan/ -> /gone/',
    ]);
    const reasons = Object.fromEntries(report.broken.map((b) => [b.to, b.reason]));
    expect(reasons['/carers']).toMatch(/^redirects/);
    expect(reasons['/carers/#no-such-part']).toContain('no-such-part');
    expect(reasons['/not-built/']).toBe('no such file was built');
    expect(report.checked).toBeGreaterThan(broken.length);
  }, 30_000);
  it("checks absolute links to the site's own address only when told the address", async () => {
    const report = await checkBuiltLinks(site);
    expect(report.broken.map((b) => b.to)).not.toContain('/gu/');
  }, 30_000);
});

describe('HTML validation', () => {
  it("holds pages to the project's rules wherever they were built", async () => {
    const problems = await validateHtmlFiles([path.join(site, 'orphan/index.html'), path.join(site, 'carers/index.html')], path.resolve(import.meta.dirname, '../../../.htmlvalidate.mjs'));
    // The fixtures leave out what recommended asks of every page (a viewport, a <main>…).
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file.startsWith(site))).toBe(true);
  }, 30_000);
});
