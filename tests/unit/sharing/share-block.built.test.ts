import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listHtmlPages } from '../../../src/perf/site-files.ts';
import { shortCode } from '../../../src/sharing/short-links.ts';

// Reads the built site (npm run build first): every advice, easy read and help page in every
// language has its own short link, a text message and an email link holding it, and a QR code.
const root = path.resolve(import.meta.dirname, '../../..');
const client = path.join(root, 'dist/client');
const built = fs.existsSync(path.join(client, 'carers/index.html'));

describe.skipIf(!built)('the share block on the built pages', () => {
  const pages = built ? listHtmlPages(client).filter((p) => fs.readFileSync(p.file, 'utf8').includes('data-share')) : [];

  it('is on every advice, easy read and help page in every language', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/carers/', '/carers/easy-read/', '/gu/carers/', '/ur/carers/easy-read/', '/privacy/', '/ar/privacy/']) expect(urls).toContain(url);
    expect(pages.length).toBeGreaterThan(300);
  });

  it('gives each page a code of its own, stable, that is its own address\'s', () => {
    const codes = new Map<string, string>();
    for (const p of pages) {
      const doc = parseHtml(fs.readFileSync(p.file, 'utf8'));
      const href = doc.querySelector('[data-short-link]')?.getAttribute('href') ?? '';
      const code = /\/s\/([2-9A-Z]{5})\/$/.exec(href)?.[1];
      expect(code, p.url).toBe(shortCode(p.url));
      expect(codes.get(code ?? ''), `${p.url} shares ${code}`).toBeUndefined();
      codes.set(code ?? '', p.url);
      const ways = doc.querySelectorAll('.share-page__ways a').map((a) => decodeURIComponent(a.getAttribute('href') ?? ''));
      expect(ways[0]).toMatch(/^sms:\?&body=/);
      expect(ways[0]).toContain(href);
      expect(ways[1]).toMatch(/^mailto:\?subject=/);
      expect(ways[1]).toContain(href);
      expect(doc.querySelector('[data-share-print] svg path'), p.url).not.toBeNull();
    }
  });
});
