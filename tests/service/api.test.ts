// The submissions service on the real built server: every kind of bad request gets a 4xx
// with a clear message (never a 5xx), good ones are stored once, and nothing people type
// reaches the server's logs.
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsPayload, postJson, startServer, type Server } from './server.ts';

let server: Server;
const statuses: number[] = [];

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await postJson(server, body, headers);
  statuses.push(response.status);
  const text = await response.text();
  let json: { ok?: boolean; error?: string; message?: string; reference?: string; duplicate?: boolean; errors?: { field: string; key: string; message: string }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the assertions say so.
  }
  return { status: response.status, json, headers: response.headers };
}

function rowsFor(reference: string): number {
  const db = new DatabaseSync(path.join(server.dataDir, 'submissions.sqlite'), { readOnly: true });
  try {
    return Number((db.prepare('SELECT count(*) AS n FROM submissions WHERE reference = ?').get(reference) as { n: number }).n);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  // Whatever happened above, no request was answered with a server error.
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
});

describe('a good submission', () => {
  it('is stored and acknowledged with a reference to read out on the phone', async () => {
    const { status, json, headers } = await post(needsPayload(randomUUID()));
    expect(status).toBe(201);
    expect(json.reference).toMatch(/^[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}$/);
    expect(json.duplicate).toBe(false);
    expect(rowsFor(json.reference ?? '')).toBe(1);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('tells the page script a server is there (GET)', async () => {
    const response = await fetch(`${server.url}/api/submissions/`);
    expect(await response.json()).toEqual({ ok: true, service: 'submissions' });
  });
});

describe('idempotency: the same request sent again is stored once', () => {
  it('returns the first reference for a repeat', async () => {
    const key = randomUUID();
    const first = await post(needsPayload(key));
    const second = await post(needsPayload(key));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ ok: true, duplicate: true, reference: first.json.reference });
    // The private progress link's secret goes to the first sender only.
    expect(first.json).toHaveProperty('progressToken', expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/));
    expect(second.json).not.toHaveProperty('progressToken');
    expect(rowsFor(first.json.reference ?? '')).toBe(1);
  });

  it('stores a burst of ten identical requests (a double click, a retry storm) once', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => post(needsPayload(key))));
    const references = new Set(results.map((r) => r.json.reference));
    expect(references.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(rowsFor([...references][0] ?? '')).toBe(1);
  });

  it('gives the no-JavaScript form post and the API the same store: one request, one reference', async () => {
    const key = randomUUID();
    const payload = needsPayload(key);
    const form = new URLSearchParams({ ...(payload.answers as Record<string, string>), _key: key, _action: 'send', website: '' });
    const page = await fetch(`${server.url}/ask/needs-assessment/send/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin },
      body: form,
    });
    statuses.push(page.status);
    expect(page.status).toBe(200);
    const reference = /data-reference="([^"]+)"/.exec(await page.text())?.[1];
    expect(reference).toBeTruthy();
    const api = await post(payload);
    expect(api).toMatchObject({ status: 200, json: { duplicate: true, reference } });
  });
});

describe('bad requests: a 4xx with a clear message', () => {
  it.each([
    ['{"form": ', 'malformed-json'],
    ['', 'malformed-json'],
    ['null', 'invalid-request'],
    ['[1,2,3]', 'invalid-request'],
    ['"just text"', 'invalid-request'],
  ])('body %j → %s', async (body, error) => {
    const { status, json } = await post(body);
    expect([400, 422]).toContain(status);
    expect(json.error).toBe(error);
    expect(json.message).toMatch(/\w{3,}/);
  });

  it('refuses a body over the limit (413), with or without an honest Content-Length', async () => {
    const big = JSON.stringify(needsPayload(randomUUID(), { answers: { needsDescription: 'x'.repeat(70 * 1024) } }));
    expect((await post(big)).status).toBe(413);
    // Sent in chunks with no Content-Length: the server counts as it reads.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/submissions/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.origin },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    statuses.push(response.status);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('too-large');
  });

  it('refuses anything but JSON (415)', async () => {
    const { status, json } = await post('form=needs-assessment', { 'Content-Type': 'text/plain' });
    expect(status).toBe(415);
    expect(json.message).toContain('JSON');
  });

  it('refuses bytes that are not UTF-8 (400)', async () => {
    const response = await fetch(`${server.url}/api/submissions/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.origin },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    statuses.push(response.status);
    expect(response.status).toBe(400);
  });

  it.each([
    ['an unknown form', { form: '../../etc/passwd' }, '"form" must be one of'],
    ['a self-check (nothing to store)', { form: 'could-i-get-help' }, '"form" must be one of'],
    ['an unknown language', { lang: 'xx' }, '"lang"'],
    ['a short idempotency key', { idempotencyKey: 'abc' }, '"idempotencyKey"'],
    ['a key with a new line (header injection)', { idempotencyKey: 'abcdefghijklmnop\r\nSet-Cookie: x=1' }, '"idempotencyKey"'],
    ['answers that are a list', { answers: ['x'] }, '"answers" must be an object'],
    ['an answer that is a number', { answers: { name: 42 } }, 'answers.name must be text'],
    ['an answer that is an object', { answers: { name: { $ne: null } } }, 'answers.name must be text'],
    ['a question the form does not ask', { answers: { isAdmin: 'true' } }, 'does not ask: "isAdmin"'],
    ['a prototype key', JSON.parse('{"answers": {"__proto__": {"polluted": "yes"}}}') as Record<string, unknown>, 'does not ask: "__proto__"'],
    ['an extra top-level field', { role: 'admin' }, 'Unknown field: "role"'],
    ['a honeypot that is not text', { website: ['x'] }, '"website" must be text'],
  ])('refuses %s (422)', async (_, overrides, message) => {
    const { status, json } = await post({ ...needsPayload(randomUUID()), ...overrides });
    expect(status).toBe(422);
    expect(json.error).toBe('invalid-request');
    expect(json.message).toContain(message);
  });

  it.each([
    ['a control character in a name', { name: 'Ann\u0000Smith' }, 'name', 'common.error.characters'],
    ['an escape sequence in a name', { name: 'Ann \u001b[31mSmith' }, 'name', 'common.error.characters'],
    ['SQL in a name', { name: "Robert'); DROP TABLE submissions;--" }, 'name', 'needs.name.error.characters'],
    ['HTML in a name', { name: '<img src=x onerror=alert(1)>' }, 'name', 'needs.name.error.characters'],
    ['a formula in a postcode', { postcode: '=1+1' }, 'postcode', 'needs.postcode.error.format'],
    ['an option that does not exist', { contactMethod: 'carrier-pigeon' }, 'contactMethod', 'contact.contactMethod.error.required'],
    ['a date that is not real', { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2' }, 'dateOfBirth', 'needs.dateOfBirth.error.real'],
    ['a description over the limit', { needsDescription: 'x'.repeat(5001) }, 'needsDescription', 'common.error.tooLong'],
  ])('refuses %s with that answer’s message (422)', async (_, change, field, key) => {
    const base = needsPayload(randomUUID());
    const { status, json } = await post({ ...base, answers: { ...(base.answers as object), ...change } });
    expect(status).toBe(422);
    expect(json.error).toBe('invalid-answers');
    const error = json.errors?.find((e) => e.field === field);
    expect(error?.key).toBe(key);
    expect(error?.message).not.toBe(key);
    expect(error?.message.length).toBeGreaterThan(10);
  });

  it('answers in the language the request names', async () => {
    const base = needsPayload(randomUUID(), { lang: 'pl' });
    const { json } = await post({ ...base, answers: { ...(base.answers as object), postcode: 'nope' } });
    expect(json.errors?.find((e) => e.field === 'postcode')?.message).toBe('Wpisz pełny brytyjski kod pocztowy');
  });

  it('keeps free text as typed, where it cannot run: stored literally, never interpreted', async () => {
    const text = "<script>alert(1)</script> '; DROP TABLE submissions;-- =1+1";
    const base = needsPayload(randomUUID());
    const { status, json } = await post({ ...base, answers: { ...(base.answers as object), needsDescription: text } });
    expect(status).toBe(201);
    const db = new DatabaseSync(path.join(server.dataDir, 'submissions.sqlite'), { readOnly: true });
    const row = db.prepare('SELECT answers FROM submissions WHERE reference = ?').get(json.reference ?? '') as { answers: string };
    db.close();
    expect(JSON.parse(row.answers).needsDescription).toBe(text);
  });

  it('refuses a filled-in honeypot (400) and stores nothing', async () => {
    const { status, json } = await post(needsPayload(randomUUID(), { website: 'http://spam.example' }));
    expect(status).toBe(400);
    expect(json.error).toBe('honeypot');
  });
});

describe('same-origin check', () => {
  it.each([
    ['another site', { Origin: 'http://evil.example' }],
    ['no Origin at all', { Origin: '' }],
    ['a null Origin', { Origin: 'null' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s (403)', async (_, headers) => {
    const { status, json } = await post(needsPayload(randomUUID()), headers);
    expect(status).toBe(403);
    expect(json.error).toBe('cross-origin');
  });

  it('refuses a cross-site form post to a form page too (403, Astro’s check)', async () => {
    const response = await fetch(`${server.url}/ask/needs-assessment/send/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
      body: '_action=send',
    });
    statuses.push(response.status);
    expect(response.status).toBe(403);
  });
});

describe('methods', () => {
  it('refuses PUT and DELETE (405)', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${server.url}/api/submissions/`, { method, headers: { Origin: server.origin } });
      statuses.push(response.status);
      expect(response.status).toBe(405);
    }
  });
});

describe('the logs', () => {
  it('hold nothing anyone typed', async () => {
    await post(needsPayload(randomUUID()));
    await post('{"broken');
    const logs = server.logs();
    for (const secret of ['Zebedee', 'Quill', 'Marigold', 'zebedee.quill@example.com', 'LE1 1AA', 'Cooking is hard', 'DROP TABLE']) {
      expect(logs).not.toContain(secret);
    }
  });
});
