import { describe, expect, it } from 'vitest';
import { PROGRESS_LIMIT, progressByLink, progressByReference } from '../../../src/progress/lookup.ts';
import { newReference } from '../../../src/forms/engine/reference.ts';
import { readProgressRequest } from '../../../src/progress/page.ts';
import { changeStatus } from '../../../src/requests/request.ts';
import { request, testStore } from '../staff/helpers.ts';

function seeded() {
  const t = testStore(new Date('2026-03-02T10:00:00Z'));
  const saved = t.store.save(request({ answers: { name: 'Gita Patel', postcode: 'le4 6ab', contactMethod: 'email', contactEmail: 'gita@example.com' } }));
  return { ...t, db: t.store.db, saved };
}

describe('checking progress', () => {
  it('finds a request by its reference and postcode, however they are typed, and shows nothing of the answers', () => {
    const { db, saved } = seeded();
    changeStatus(db, saved.reference, 'cara@example.gov.uk', 'waiting', null, new Date('2026-03-03T10:00:00Z'));
    const answer = progressByReference(db, { reference: saved.reference.toLowerCase().replace(/-/g, ' '), postcode: ' LE4  6AB', client: '203.0.113.1' });
    expect(answer).toEqual({
      ok: true,
      progress: { reference: saved.reference, form: 'carers-assessment', receivedAt: '2026-03-02T10:00:00.000Z', status: 'waiting', outcome: null, updatedAt: '2026-03-03T10:00:00.000Z' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/Gita|gita@|LE4/i);
  });

  it('gives a wrong postcode the same answer as a reference that does not exist', () => {
    const { db, saved } = seeded();
    const wrongPostcode = progressByReference(db, { reference: saved.reference, postcode: 'LE1 1AA', client: '203.0.113.2' });
    const other = newReference(() => 0); // well-formed, never given out here
    expect(other).not.toBe(saved.reference);
    const unknown = progressByReference(db, { reference: other, postcode: 'LE4 6AB', client: '203.0.113.2' });
    expect(wrongPostcode).toEqual({ ok: false, reason: 'not-found' });
    expect(unknown).toEqual(wrongPostcode);
  });

  it('says what is missing or mistyped, before counting a guess', () => {
    const { db } = seeded();
    expect(progressByReference(db, { reference: '', postcode: '', client: 'a' })).toEqual({
      ok: false, reason: 'invalid', errors: [
        { field: 'reference', anchor: 'f-reference', key: 'progress.reference.error.required' },
        { field: 'postcode', anchor: 'f-postcode', key: 'progress.postcode.error.required' },
      ],
    });
    expect(progressByReference(db, { reference: 'hello', postcode: 'LE1 1AA', client: 'a' })).toMatchObject({ reason: 'invalid', errors: [{ key: 'progress.reference.error.format' }] });
    expect(db.prepare('SELECT count(*) AS n FROM rate_limits').get()).toEqual({ n: 0 });
  });

  it(`stops an address after ${PROGRESS_LIMIT.max} wrong guesses, even for a right one, and not other addresses`, () => {
    const { db, saved } = seeded();
    for (let i = 0; i < PROGRESS_LIMIT.max; i++) progressByReference(db, { reference: saved.reference, postcode: `LE${i} 1AA`, client: '198.51.100.9' });
    expect(progressByReference(db, { reference: saved.reference, postcode: 'LE4 6AB', client: '198.51.100.9' })).toEqual({ ok: false, reason: 'too-many', minutes: 15 });
    expect(progressByLink(db, { token: saved.progressToken!, client: '198.51.100.9' })).toMatchObject({ reason: 'too-many' });
    expect(progressByReference(db, { reference: saved.reference, postcode: 'LE4 6AB', client: '198.51.100.10' })).toMatchObject({ ok: true });
  });

  it('opens with the private link, and not with a made-up one', () => {
    const { db, saved } = seeded();
    expect(progressByLink(db, { token: saved.progressToken!, client: 'a' })).toMatchObject({ ok: true, progress: { reference: saved.reference } });
    expect(progressByLink(db, { token: `${saved.progressToken!.slice(0, -1)}A`, client: 'a' })).toEqual({ ok: false, reason: 'link-not-found' });
    expect(progressByLink(db, { token: '<script>', client: 'a' })).toEqual({ ok: false, reason: 'link-not-found' });
  });
});

describe('the progress page request', () => {
  const form = (body: string, type = 'application/x-www-form-urlencoded') =>
    new Request('http://127.0.0.1/ask/progress/', { method: 'POST', headers: { 'Content-Type': type }, body });

  it('answers 200, 404, 422 and 429 as the look-up went, keeping what was typed', async () => {
    const { db, saved } = seeded();
    expect(await readProgressRequest(form(`reference=${saved.reference}&postcode=LE4+6AB`), { db, client: 'c' })).toMatchObject({ status: 200, result: { ok: true } });
    expect(await readProgressRequest(form(`reference=${saved.reference}&postcode=LE9+9ZZ`), { db, client: 'c' })).toMatchObject({ status: 404, raw: { reference: saved.reference, postcode: 'LE9 9ZZ' } });
    expect(await readProgressRequest(form('reference=&postcode=LE9'), { db, client: 'c' })).toMatchObject({ status: 422, raw: { postcode: 'LE9' } });
    expect(await readProgressRequest(form('{"reference":1}', 'application/json'), { db, client: 'c' })).toMatchObject({ status: 415 });
  });

  it('reads the private link from the address, and shows the empty form without one', async () => {
    const { db, saved } = seeded();
    expect(await readProgressRequest(new Request(`http://127.0.0.1/gu/ask/progress/?link=${saved.progressToken}`), { db, client: 'c' })).toMatchObject({ status: 200, result: { ok: true } });
    expect(await readProgressRequest(new Request('http://127.0.0.1/gu/ask/progress/'), { db, client: 'c' })).toEqual({ status: 200, raw: {} });
  });
});
