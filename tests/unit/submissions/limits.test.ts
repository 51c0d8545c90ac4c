import { describe, expect, it } from 'vitest';
import { parseRateLimit, RateLimiter } from '../../../src/submissions/rate-limit.ts';
import { discardBody, readBody } from '../../../src/submissions/body.ts';
import { handleSubmissionRequest } from '../../../src/submissions/service.ts';
import { configuredOrigins, isSameOrigin } from '../../../src/submissions/origin.ts';

describe('the rate limiter', () => {
  it('allows the capacity at once, then refuses until a token has come back', () => {
    const limiter = new RateLimiter({ capacity: 2, refillMs: 1000 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b', 0).ok).toBe(true);
    expect(limiter.take('a', 999).ok).toBe(false);
    expect(limiter.take('a', 2000).ok).toBe(true);
  });

  it('forgets the stalest clients past its size, so memory stays bounded', () => {
    const limiter = new RateLimiter({ capacity: 1, refillMs: 60_000, maxClients: 3 });
    for (const c of ['a', 'b', 'c', 'd']) limiter.take(c, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.take('a', 1).ok).toBe(true); // forgotten, so a fresh bucket
    expect(limiter.take('d', 1).ok).toBe(false);
  });

  it('reads "count/seconds" and falls back on nonsense', () => {
    expect(parseRateLimit('30/600')).toEqual({ capacity: 30, refillMs: 20_000 });
    expect(parseRateLimit('lots')).toEqual({ capacity: 30, refillMs: 20_000 });
    expect(parseRateLimit(undefined, '5/10')).toEqual({ capacity: 5, refillMs: 2000 });
  });
});

describe('reading a body', () => {
  const request = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x.test/', { method: 'POST', body, headers });

  it('reads what fits', async () => {
    expect(await readBody(request('héllo'), 100)).toEqual({ ok: true, text: 'héllo' });
  });

  it('stops at the limit whatever Content-Length says', async () => {
    expect(await readBody(request('x'.repeat(101)), 100)).toEqual({ ok: false, reason: 'too-large' });
    expect(await readBody(request('x', { 'content-length': '999999' }), 100)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readBody(request(new Uint8Array([0xff, 0xfe])), 100)).toEqual({ ok: false, reason: 'not-utf8' });
  });

  it('reads to the end a body it refuses, so the sender gets the answer, not a reset connection', async () => {
    const refused = request('form=needs-assessment');
    await discardBody(refused);
    expect(refused.bodyUsed).toBe(true);
    const wrongType = new Request('http://portal.test/api/submissions/', { method: 'POST', body: 'form=x', headers: { 'Content-Type': 'text/plain', Origin: 'http://portal.test' } });
    const response = await handleSubmissionRequest(wrongType, { clientAddress: '127.0.0.1', translate: () => (k: string) => k, origins: ['http://portal.test'] } as unknown as Parameters<typeof handleSubmissionRequest>[1]);
    expect(response.status).toBe(415);
    expect(wrongType.bodyUsed).toBe(true);
  });
});

describe('the same-origin check', () => {
  const request = (headers: Record<string, string>) => new Request('http://portal.test/api/submissions/', { method: 'POST', headers });

  it('wants an Origin that is this site (or the configured public address)', () => {
    expect(isSameOrigin(request({ origin: 'http://portal.test' }))).toBe(true);
    expect(isSameOrigin(request({}))).toBe(false);
    expect(isSameOrigin(request({ origin: 'null' }))).toBe(false);
    expect(isSameOrigin(request({ origin: 'http://evil.test' }))).toBe(false);
    expect(isSameOrigin(request({ origin: 'https://care.example.gov.uk' }), ['https://care.example.gov.uk'])).toBe(true);
    expect(isSameOrigin(request({ origin: 'http://portal.test', 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });

  it('reads SITE_URL and ALLOWED_ORIGINS, skipping mistakes', () => {
    expect(configuredOrigins({ SITE_URL: 'https://care.example.gov.uk/path', ALLOWED_ORIGINS: 'not a url, https://b.example' })).toEqual([
      'https://care.example.gov.uk',
      'https://b.example',
    ]);
  });
});
