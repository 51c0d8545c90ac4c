import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handleAskRequest, handleCheckRequest, type AskInput } from '../../../src/forms/flow.ts';
import { forms } from '../../../src/forms/registry.ts';
import { teamVars } from '../../../src/forms/engine/bidi.ts';
import { RateLimiter } from '../../../src/submissions/rate-limit.ts';
import { SubmissionStore } from '../../../src/submissions/store.ts';
import { validAnswers } from './fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-test-'));
const store = new SubmissionStore(dir);
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const t = (key: string, params?: Record<string, string | number>) => (params ? `${key} ${JSON.stringify(params)}` : key);

function post(fields: Record<string, string | string[]>, url = 'http://portal.test/ask/needs-assessment/send/', type = 'application/x-www-form-urlencoded') {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return new Request(url, { method: 'POST', headers: { 'Content-Type': type }, body });
}

function ask(request: Request, limiter = new RateLimiter({ capacity: 100, refillMs: 1000 })): Promise<Awaited<ReturnType<typeof handleAskRequest>>> {
  const input: AskInput = { request, def: forms['needs-assessment'], lang: 'en', t, clientAddress: '127.0.0.1', store: () => store, limiter, team: { name: 'Team', phone: '0116 000 0000' } };
  return handleAskRequest(input);
}

const KEY = 'flow-key-aaaaaaaaaaaaaa';

describe('a referral form page (no JavaScript)', () => {
  it('sends a GET back to the form', async () => {
    expect(await ask(new Request('http://portal.test/gu/ask/needs-assessment/send/'))).toEqual({ view: 'redirect', location: '/ask/needs-assessment/' });
  });

  it('shows the errors with everything typed kept (422)', async () => {
    const view = await ask(post({ name: 'Ann <b>', postcode: 'LE1', _action: 'review' }));
    expect(view).toMatchObject({ view: 'form', status: 422, raw: { name: 'Ann <b>', postcode: 'LE1' } });
    if (view.view === 'form') expect(view.errors.map((e) => e.key)).toContain('needs.postcode.error.format');
  });

  it('goes to check your answers when all is well, making an idempotency key if there is none', async () => {
    const view = await ask(post({ ...validAnswers['needs-assessment'], _action: 'review' }));
    expect(view).toMatchObject({ view: 'check', status: 200 });
    if (view.view === 'check') expect(view.key).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
  });

  it('keeps the key it was given, and goes back to a question on "change"', async () => {
    const view = await ask(post({ ...validAnswers['needs-assessment'], _key: KEY, _action: 'change' }));
    expect(view).toMatchObject({ view: 'form', status: 200, key: KEY, errors: [] });
  });

  it('gives a text copy on "download"', async () => {
    const view = await ask(post({ ...validAnswers['needs-assessment'], _action: 'download' }));
    expect(view).toMatchObject({ view: 'download', filename: 'needs-assessment-answers.txt' });
    if (view.view === 'download') {
      expect(view.body).toContain('Bob Smith');
      expect(view.body).toContain(t('common.copy.phoneLine', teamVars({ name: 'Team', phone: '0116 000 0000' })));
    }
  });

  it('sends once: a repeat of the same post gets the same reference', async () => {
    const first = await ask(post({ ...validAnswers['needs-assessment'], _key: KEY, _action: 'send' }));
    const again = await ask(post({ ...validAnswers['needs-assessment'], _key: KEY, _action: 'send' }));
    expect(first).toMatchObject({ view: 'done', urgent: true });
    // Only the private link's hash is stored: a repeat shows it only when given its secret back
    // (as the page script does after sending through the API), never to anyone else.
    const token = first.view === 'done' ? first.progressToken : undefined;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(again).toEqual({ view: 'done', reference: first.view === 'done' ? first.reference : '', urgent: true, messaged: false, messagesOff: false });
    const withToken = await ask(post({ ...validAnswers['needs-assessment'], _key: KEY, _action: 'send', _progress: token ?? '' }));
    expect(withToken).toMatchObject({ view: 'done', progressToken: token });
    const wrongToken = await ask(post({ ...validAnswers['needs-assessment'], _key: KEY, _action: 'send', _progress: `${token}x` }));
    expect(wrongToken).not.toHaveProperty('progressToken');
    expect(store.all().filter((r) => r.reference === (first.view === 'done' ? first.reference : '')).length).toBe(1);
  });

  it('refuses a filled honeypot without storing anything', async () => {
    const before = store.count();
    const view = await ask(post({ ...validAnswers['needs-assessment'], _key: 'honeypot-aaaaaaaaaaaa', _action: 'send', website: 'spam' }));
    expect(view).toMatchObject({ view: 'check', status: 400, message: 'common.error.honeypot' });
    expect(store.count()).toBe(before);
  });

  it('rate-limits sending (429) and keeps the answers on the page', async () => {
    const limiter = new RateLimiter({ capacity: 1, refillMs: 60_000 });
    await ask(post({ ...validAnswers['needs-assessment'], _key: 'limit-1-aaaaaaaaaaaa', _action: 'send' }), limiter);
    const view = await ask(post({ ...validAnswers['needs-assessment'], _key: 'limit-2-aaaaaaaaaaaa', _action: 'send' }), limiter);
    expect(view).toMatchObject({ view: 'check', status: 429, raw: { name: 'Bob Smith' } });
  });

  it('refuses a body over the limit (413) and a post that is not a form (415)', async () => {
    expect(await ask(post({ needsDescription: 'x'.repeat(70_000) }))).toMatchObject({ view: 'form', status: 413 });
    expect(await ask(post({ a: 'b' }, undefined, 'application/json'))).toMatchObject({ view: 'form', status: 415 });
  });
});

describe('a self-check page (no JavaScript)', () => {
  const check = (fields: Record<string, string | string[]>, id: 'could-i-get-help' | 'will-i-have-to-pay' = 'will-i-have-to-pay') =>
    handleCheckRequest({ request: post(fields, `http://portal.test/check/${id}/result/`), def: forms[id], lang: 'en', t });

  it('gives the result with its facts and the counted amount', async () => {
    const view = await check({ setting: 'home', savings: '23,250.01', otherProperty: 'no' });
    expect(view).toMatchObject({ view: 'result', facts: ['setting:home', 'band:full-cost', 'home:not-asked'], slots: { amount: '£23,250.01' } });
  });

  it('shows errors (422) and goes back to the questions on "change"', async () => {
    expect(await check({ savings: 'lots' })).toMatchObject({ view: 'form', status: 422 });
    expect(await check({ setting: 'home', _action: 'change' })).toMatchObject({ view: 'form', status: 200, raw: { setting: 'home' } });
  });
});
