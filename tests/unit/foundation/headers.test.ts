import { describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from '../../../src/server/headers.ts';

describe('security headers', () => {
  it('never allow framing, sniffing or a leaky referrer', () => {
    const h = securityHeaders('text/html; charset=utf-8', '/');
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
  it('leave scripts and styles on pages to the page’s own hashed policy', () => {
    expect(securityHeaders('text/html', '/carers/')['Content-Security-Policy']).not.toContain('script-src');
    expect(securityHeaders('image/svg+xml', '/pictures/phone.svg')['Content-Security-Policy']).toContain("script-src 'self'");
  });
  it('let only the search worker run WebAssembly, even on a 304 with no type', () => {
    expect(securityHeaders(undefined, '/pagefind/pagefind-worker.js')['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
    expect(securityHeaders('text/javascript', '/_astro/x.js')['Content-Security-Policy']).not.toContain('wasm');
  });
  it('treat a 304 for a page as a page', () => {
    expect(securityHeaders(undefined, '/gu/carers/')['Content-Security-Policy']).not.toContain('script-src');
  });
  it('cut the link to an opening window only where people type personal data', () => {
    for (const path of ['/ask/needs-assessment/', '/gu/check/will-i-have-to-pay/result/', '/api/submissions']) {
      expect(securityHeaders('text/html', path)['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
    }
    for (const path of ['/', '/carers/', '/ur/carers/easy-read/', '/search/', '/figures/', '/ask-for-help/', '/pl/check-your-rights/']) {
      expect(securityHeaders('text/html', path)['Cross-Origin-Opener-Policy'], path).toBeUndefined();
    }
  });
  it('let phones keep fingerprinted font files for a year, and ask again for everything else', () => {
    expect(cacheControl('/fonts/noto-sans-gujarati-gujarati-400.0123456789.woff2')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/fonts/gu.abcdef0123.css?x=1')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/fonts/gu.css', '/fonts/noto-sans-gujarati-gujarati-400-normal.woff2', '/', '/gu/carers/', '/fonts/gu.abcdef0123.css/']) {
      expect(cacheControl(path), path).toBeUndefined();
    }
  });
});
