// The built form pages as served: the page script is small and loaded on form pages only,
// nothing inline that the Content Security Policy would block, and the security headers.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from './server.ts';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { response, html: await response.text() };
};
const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');

const formPages = ['/ask/needs-assessment/', '/ar/ask/carers-assessment/', '/check/could-i-get-help/', '/ur/check/will-i-have-to-pay/'];

describe('form pages', () => {
  it.each(formPages)('%s loads one small module script, and nothing inline that could run', async (path) => {
    const { response, html } = await get(path);
    expect(response.status).toBe(200);
    const tags = scripts(html);
    const modules = tags.filter((a) => /type="module"/.test(a));
    expect(modules).toHaveLength(1);
    const src = /src="([^"]+)"/.exec(modules[0] ?? '')?.[1] ?? '';
    const script = await (await fetch(`${server.url}${src}`)).arrayBuffer();
    // Budget: the engine, the four schemas and zod/mini together, gzipped.
    expect(gzipSync(Buffer.from(script)).byteLength).toBeLessThan(20 * 1024);
    // The only other script is the strings as a JSON data block, which browsers never run.
    expect(tags.filter((a) => !/type="module"/.test(a))).toEqual([' type="application/json" id="form-strings"']);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    // The page's own CSP allows scripts from this site only (plus Astro's hashes).
    expect(/<meta http-equiv="content-security-policy" content="script-src 'self'/.test(html)).toBe(true);
  });

  it('the home page does not load the form script', async () => {
    const { html } = await get('/');
    expect(html).not.toContain('id="form-strings"');
    expect(scripts(html).some((a) => a.includes('FormFrame'))).toBe(false);
  });

  it('the pages the server draws after a post get a CSP header and no-store', async () => {
    const response = await fetch(`${server.url}/check/will-i-have-to-pay/result/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin },
      body: 'setting=home&savings=100&otherProperty=no',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('data-show="band:not-counted"');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('answers 404 for a form that does not exist, or English under /en/', async () => {
    for (const path of ['/ask/nothing/send/', '/en/ask/needs-assessment/send/', '/xx/check/could-i-get-help/result/']) {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
      expect([404, 405]).toContain(response.status);
    }
  });

  it('sends a GET of a post-only page back to its form, in the same language', async () => {
    const response = await fetch(`${server.url}/gu/ask/carers-assessment/send/`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/gu\/ask\/carers-assessment\/$/);
  });
});

describe('served over a slow connection', () => {
  const raw = (path: string, encoding?: string) =>
    fetch(`${server.url}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });

  it.each(['/', '/gu/carers/', '/ur/carers/easy-read/'])('%s is compressed for a browser that asks, and still reads the same', async (path) => {
    const plain = await raw(path, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const html = await plain.text();
    for (const encoding of ['gzip', 'br']) {
      const packed = await raw(path, encoding);
      expect(packed.headers.get('content-encoding')).toBe(encoding);
      expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch unpacks it: the page is word for word the same.
      expect(await packed.text()).toBe(html);
    }
  });

  it('compresses the stylesheet, and leaves fonts (already compressed) alone', async () => {
    const { html } = await get('/gu/');
    const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeTruthy();
    expect((await raw(css ?? '', 'gzip')).headers.get('content-encoding')).toBe('gzip');
    const font = /<link rel="preload" href="(\/fonts\/[^"]+\.woff2)"/.exec(html)?.[1];
    expect(font).toBeTruthy();
    const fontResponse = await raw(font ?? '', 'gzip, br');
    expect(fontResponse.status).toBe(200);
    expect(fontResponse.headers.get('content-encoding')).toBeNull();
  });

  it('lets phones keep the fingerprinted font files for a year, and has pages checked every time', async () => {
    const { html } = await get('/ar/');
    const files = [...html.matchAll(/href="(\/fonts\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.woff2'))).toHaveLength(2);
    for (const file of files) {
      const response = await raw(file, 'gzip');
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
    }
    expect((await raw('/ar/')).headers.get('cache-control')).not.toMatch(/immutable/);
  });

  it('keeps form pages apart from a window that opened them; reading pages load in the same process', async () => {
    expect((await raw('/ask/needs-assessment/')).headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect((await raw('/carers/')).headers.get('cross-origin-opener-policy')).toBeNull();
  });
});

