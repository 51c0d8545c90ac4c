import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { median, largest, formatBytes } from '../../../src/perf/stats.ts';
import { byteSizes } from '../../../src/perf/sizes.ts';
import { readHtmlResources } from '../../../src/perf/html-resources.ts';
import { cssReferences } from '../../../src/perf/css-references.ts';
import { createWeigher, sitePath } from '../../../src/perf/page-weight.ts';

describe('figures', () => {
  it('takes the median of odd and even counts, and 0 for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
    expect(largest([3, 9, 2])).toBe(9);
  });
  it('writes bytes in the units budgets use (1 KB = 1,024 bytes)', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(12 * 1024)).toBe('12.0 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
  it('measures raw and gzip bytes of text by its UTF-8 encoding', () => {
    const text = 'ગુજરાતી '.repeat(200);
    expect(byteSizes(text)).toEqual({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 6 }).byteLength });
  });
});

describe('what a page asks for', () => {
  const html = `<!doctype html><html lang="gu"><head>
    <link rel="stylesheet" href="/fonts/gu.css"><link rel="stylesheet" href="/_astro/site.css">
    <link rel="preload" href="/fonts/a.woff2" as="font" crossorigin>
    <script type="application/json" id="strings">{"a":1}</script>
    <script type="module" src="/_astro/search.js"></script>
    <script>console.log("hi")</script></head>
    <body><div data-pagefind-body><span hidden data-pagefind-filter="kind:easy-read"></span></div></body></html>`;
  it('reads the language, the kind, stylesheets and preloads', () => {
    const r = readHtmlResources(html);
    expect(r.lang).toBe('gu');
    expect(r.kind).toBe('easy-read');
    expect(r.stylesheets).toEqual(['/fonts/gu.css', '/_astro/site.css']);
    expect(r.preloads).toEqual([{ href: '/fonts/a.woff2', as: 'font' }]);
  });
  it('counts scripts the browser runs, not JSON data blocks', () => {
    expect(readHtmlResources(html).scripts).toEqual([{ src: '/_astro/search.js' }, { inline: 'console.log("hi")' }]);
    expect(readHtmlResources('<html><body><p>words</p></body></html>').scripts).toEqual([]);
  });
  it('finds imports, font files and images in CSS', () => {
    const css = `@import url("/a.css");@import '/b.css';
      @font-face{font-family:X;src:url(/fonts/x-400.woff2) format("woff2"),url('data:font/woff2;base64,AA')}
      .logo{background:url("/pictures/logo.svg")}`;
    expect(cssReferences(css)).toEqual({ imports: ['/a.css', '/b.css'], fonts: ['/fonts/x-400.woff2'], images: ['/pictures/logo.svg'] });
  });
  it('resolves references against the page and leaves other sites out', () => {
    expect(sitePath('../fonts/gu.css', '/gu/carers/')).toBe('/gu/fonts/gu.css');
    expect(sitePath('/fonts/gu.css?v=1', '/gu/carers/')).toBe('/fonts/gu.css');
    expect(sitePath('https://fonts.example.com/x.css', '/')).toBeUndefined();
  });
});

describe('weighing a page', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': '@import "/_astro/more.css"; body{color:#000}',
    '/_astro/more.css': 'p{margin:0}',
    '/fonts/gu.css': '@font-face{src:url(/fonts/gu-400.woff2)}@font-face{src:url(/fonts/gu-700.woff2)}',
    '/fonts/gu-400.woff2': 'x'.repeat(1000),
    '/fonts/gu-700.woff2': 'y'.repeat(2000),
    '/_astro/search.js': 'console.log(1)',
  };
  const reads: string[] = [];
  const weigh = createWeigher((p) => {
    reads.push(p);
    return files[p] === undefined ? undefined : Buffer.from(files[p]);
  });
  const page = `<html lang="gu"><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/fonts/gu.css"></head><body>Hi</body></html>`;

  it('adds up the HTML, every stylesheet it pulls in, scripts and font files', () => {
    const w = weigh('/gu/carers/', page);
    const css = ['/_astro/site.css', '/_astro/more.css', '/fonts/gu.css'].map((f) => byteSizes(files[f]!));
    expect(w.html).toEqual(byteSizes(page));
    expect(w.css.raw).toBe(css.reduce((a, b) => a + b.raw, 0));
    expect(w.css.gzip).toBe(css.reduce((a, b) => a + b.gzip, 0));
    expect(w.fonts.raw).toBe(3000);
    expect(w.fontFiles).toEqual(['/fonts/gu-400.woff2', '/fonts/gu-700.woff2']);
    expect(w.js).toEqual({ raw: 0, gzip: 0 });
    expect(w.scriptCount).toBe(0);
    expect(w.missing).toEqual([]);
  });
  it('reads each shared file once however many pages use it', () => {
    reads.length = 0;
    weigh('/gu/a/', page);
    weigh('/gu/b/', page);
    expect(reads).toEqual([]);
  });
  it('counts external and inline scripts, and names files that are not there', () => {
    const w = weigh('/search/', `<html lang="en"><head><script type="module" src="/_astro/search.js"></script><script>go()</script><link rel="stylesheet" href="/gone.css"></head></html>`);
    expect(w.scriptCount).toBe(2);
    expect(w.js.raw).toBe(byteSizes(files['/_astro/search.js']!).raw + 4);
    expect(w.missing).toEqual(['/gone.css']);
  });
});
