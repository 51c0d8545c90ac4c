import { afterEach, describe, expect, it, vi } from 'vitest';
import { formsTranslator } from '../../../src/forms/i18n.ts';
import { messagesFor } from '../../../src/notify/queue.ts';
import { inboxHref, inboxPage, PAGE_SIZE, readInboxQuery } from '../../../src/requests/inbox.ts';
import { addDays, dueDate } from '../../../src/requests/promise.ts';
import { findRequest } from '../../../src/requests/request.ts';
import { addAccount } from '../../../src/staff/accounts.ts';
import { auditPage } from '../../../src/staff/audit.ts';
import { doneMessage, runRequestAction } from '../../../src/staff/request-actions.ts';
import type { StaffSession } from '../../../src/staff/sessions.ts';
import { request, testStore } from './helpers.ts';
import { shortCode } from '../../../src/sharing/short-links.ts';

const cara: StaffSession = { email: 'cara@example.gov.uk', role: 'caseworker', csrf: 'x', method: 'password', createdAt: 0 };
const q = (s = '') => readInboxQuery(new URLSearchParams(s));

afterEach(() => vi.unstubAllEnvs());

function seeded() {
  const t = testStore(new Date('2026-01-05T09:00:00Z'));
  addAccount(t.store.db, { email: cara.email, role: 'caseworker', passwordHash: null });
  addAccount(t.store.db, { email: 'dev@example.gov.uk', role: 'caseworker', passwordHash: null });
  const refs: Record<string, string> = {};
  const add = (name: string, at: string, overrides: Parameters<typeof request>[0] = {}) => {
    t.clock.now = new Date(at);
    refs[name] = t.store.save(request(overrides)).reference;
  };
  add('oldCarer', '2026-01-05T09:00:00Z');
  add('urgentNeeds', '2026-02-20T09:00:00Z', { form: 'needs-assessment', lang: 'ur', urgent: true });
  add('newCarer', '2026-03-01T09:00:00Z', { lang: 'pl' });
  return { ...t, refs, db: t.store.db, at: new Date('2026-03-02T10:00:00Z') };
}

const act = (db: Parameters<typeof runRequestAction>[0], reference: string, fields: Record<string, string>, now = new Date('2026-03-02T10:00:00Z')) =>
  runRequestAction(db, { staff: cara, reference, params: new URLSearchParams(fields), residentT: formsTranslator('gu'), origin: 'http://127.0.0.1:4321', now });

describe('the inbox', () => {
  it('lists every request, oldest first, with how long each has waited against its promise', () => {
    const { db, refs, at } = seeded();
    const { rows, total } = inboxPage(db, q(), at);
    expect(total).toBe(3);
    expect(rows.map((r) => r.reference)).toEqual([refs.oldCarer, refs.urgentNeeds, refs.newCarer]);
    // A carer's assessment is due 42 days after it came (the council's aim); 56 days have passed.
    expect(rows[0]).toMatchObject({ form: 'carers-assessment', lang: 'gu', status: 'new', waitedDays: 56, overdue: true, dueAt: '2026-02-16T09:00:00.000Z' });
    expect(rows[1]).toMatchObject({ urgent: true, lang: 'ur', waitedDays: 10, overdue: false });
  });

  it('filters by form, status, urgent, overdue and who has it', () => {
    const { db, refs, at } = seeded();
    expect(act(db, refs.newCarer!, { _action: 'take' })).toEqual({ ok: true, done: 'taken' });
    const list = (s: string) => inboxPage(db, q(s), at).rows.map((r) => r.reference);
    expect(list('form=needs-assessment')).toEqual([refs.urgentNeeds]);
    expect(list('urgent=yes')).toEqual([refs.urgentNeeds]);
    expect(list('overdue=yes')).toEqual([refs.oldCarer]);
    expect(list('status=in-progress')).toEqual([refs.newCarer]);
    expect(list(`assignee=${cara.email.toUpperCase()}`)).toEqual([refs.newCarer]);
    expect(list('assignee=none')).toEqual([refs.oldCarer, refs.urgentNeeds]);
    expect(list('form=needs-assessment&overdue=yes')).toEqual([]);
    expect(act(db, refs.oldCarer!, { _action: 'status', status: 'closed', outcome: 'advice-given' })).toMatchObject({ ok: true });
    expect(list('overdue=yes')).toEqual([]); // closed is never overdue
    expect(list('status=open')).toEqual([refs.urgentNeeds, refs.newCarer]);
  });

  it('sorts on the server, and reads a strange query as no filter rather than an error', () => {
    const { db, refs, at } = seeded();
    expect(inboxPage(db, q('sort=newest'), at).rows.map((r) => r.reference)).toEqual([refs.newCarer, refs.urgentNeeds, refs.oldCarer]);
    expect(inboxPage(db, q('sort=form'), at).rows[0]?.form).toBe('carers-assessment');
    expect(q("form=nonsense&status=deleted&sort=drop table&page=-3&urgent=1")).toEqual({ sort: 'oldest', page: 1 });
  });

  it(`pages through thousands, ${PAGE_SIZE} at a time, with links that keep the filters`, () => {
    const { store, clock, db, at, refs } = seeded();
    const insert = db.prepare(`INSERT INTO submissions (reference, idempotency_key, form, lang, answers, received_at) VALUES (?, ?, 'needs-assessment', 'en', '{}', ?)`);
    db.exec('BEGIN');
    for (let i = 0; i < 5000; i++) insert.run(`R${String(i).padStart(8, '0')}`, `bulk-${i}-aaaaaaaaaaaa`, new Date(Date.parse('2026-02-01T00:00:00Z') + i * 1000).toISOString());
    db.exec('COMMIT');
    clock.now = at;
    const page = inboxPage(db, q('form=needs-assessment&page=100'), at);
    expect(page.total).toBe(5001);
    expect(page.pages).toBe(Math.ceil(5001 / PAGE_SIZE));
    expect(page.rows).toHaveLength(PAGE_SIZE);
    expect(page.rows[0]?.reference).toBe(`R${String(99 * PAGE_SIZE).padStart(8, '0')}`);
    expect(inboxPage(db, q(`form=needs-assessment&page=${page.pages}`), at).rows.at(-1)?.reference).toBe(refs.urgentNeeds); // 20 February: after them all
    expect(inboxPage(db, q('page=99999'), at).rows.length).toBeGreaterThan(0); // past the end: the last page
    expect(inboxHref(q('form=needs-assessment&urgent=yes'), { page: 3 })).toBe('/staff/?form=needs-assessment&urgent=yes&page=3');
    // The query uses the indexes, not a scan of the table, for the common filters.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT reference FROM submissions WHERE status = 'new' ORDER BY received_at LIMIT 50").all();
    expect(JSON.stringify(plan)).toMatch(/USING (COVERING )?INDEX/);
    store.close();
  });
});

describe('what staff do with a request', () => {
  it('take, hand on, change status, add a note: each in the history, each audited, never with the words', () => {
    const { db, refs } = seeded();
    const ref = refs.newCarer!;
    expect(act(db, ref, { _action: 'take' })).toEqual({ ok: true, done: 'taken' });
    expect(act(db, ref, { _action: 'assign', assignee: 'Dev@example.gov.uk' })).toEqual({ ok: true, done: 'handed' });
    expect(act(db, ref, { _action: 'status', status: 'waiting' })).toEqual({ ok: true, done: 'status' });
    expect(act(db, ref, { _action: 'note', note: 'Rang Mrs Patel: she is away until Friday.' })).toEqual({ ok: true, done: 'note' });
    const record = findRequest(db, ref.toLowerCase().replace(/-/g, ' '));
    expect(record).toMatchObject({ status: 'waiting', assignee: 'dev@example.gov.uk' });
    expect(record?.events.map((e) => [e.actor, e.kind, e.detail])).toEqual([
      [cara.email, 'take', { from: null, to: cara.email }],
      [cara.email, 'status', { status: 'in-progress', outcome: null }],
      [cara.email, 'take', { from: cara.email, to: 'dev@example.gov.uk' }],
      [cara.email, 'status', { status: 'waiting', outcome: null }],
      [cara.email, 'note', { note: 'Rang Mrs Patel: she is away until Friday.' }],
    ]);
    const log = auditPage(db, { reference: ref });
    expect(log.map((e) => e.action).reverse()).toEqual(['take', 'take', 'status', 'note']);
    expect(JSON.stringify(log)).not.toMatch(/Patel|Friday|gita@example.com/);
  });

  it('refuse what makes no sense, with a message that says what to do', () => {
    const { db, refs } = seeded();
    const ref = refs.newCarer!;
    expect(act(db, ref, { _action: 'status', status: 'closed' })).toMatchObject({ ok: false, status: 422, errors: [{ field: 'outcome', message: 'Choose what came of the request before closing it.' }] });
    expect(act(db, ref, { _action: 'status', status: 'lost' })).toMatchObject({ ok: false, errors: [{ field: 'status', message: 'Choose a status.' }] });
    expect(act(db, ref, { _action: 'assign', assignee: 'stranger@example.com' })).toMatchObject({ ok: false, errors: [{ field: 'assignee' }] });
    expect(act(db, ref, { _action: 'note', note: '   ' })).toMatchObject({ ok: false, errors: [{ field: 'note', message: 'Write the note before adding it.' }] });
    expect(act(db, ref, { _action: 'delete' })).toMatchObject({ ok: false, status: 400 });
    expect(act(db, 'AAA-AAA-AAA', { _action: 'take' })).toMatchObject({ ok: false, status: 404 });
    expect(findRequest(db, ref)?.events).toEqual([]);
  });

  it('send the resident an update only with Notify on and their agreement, in their language', () => {
    const { db, store, clock, refs } = seeded();
    clock.now = new Date('2026-03-02T09:00:00Z');
    const agreed = store.save(request({ answers: { name: 'Gita', postcode: 'LE4 6AB', contactMethod: 'email', contactEmail: 'gita@example.com', acknowledge: ['yes'] } })).reference;
    expect(act(db, refs.newCarer!, { _action: 'status', status: 'waiting', notify: 'yes' })).toMatchObject({ ok: false, errors: [{ field: 'notify', message: expect.stringContaining('switched off') }] });
    vi.stubEnv('NOTIFY_API_KEY', 'test-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222');
    expect(act(db, refs.newCarer!, { _action: 'status', status: 'waiting', notify: 'yes' })).toMatchObject({ ok: false, errors: [{ field: 'notify', message: expect.stringContaining('did not agree') }] });
    expect(act(db, agreed, { _action: 'status', status: 'waiting', notify: 'yes', message: 'Please ring us.' })).toEqual({ ok: true, done: 'status-sent' });
    const record = findRequest(db, agreed)!;
    expect(messagesFor(db, record.id)).toMatchObject([{ kind: 'update', channel: 'email', sentAt: null }]);
    const queued = db.prepare('SELECT recipient, lang, payload FROM outbox WHERE submission_id = ?').get(record.id) as { recipient: string; lang: string; payload: string };
    expect(queued.recipient).toBe('gita@example.com');
    expect(queued.lang).toBe('gu');
    const words = JSON.parse(queued.payload) as { subject: string; message: string };
    expect(words.message).toContain(agreed);
    expect(words.message).toContain('Please ring us.');
    expect(words.message).toMatch(/[\u0A80-\u0AFF]/); // Gujarati script
    expect(auditPage(db, { reference: agreed }).map((e) => e.action)).toContain('send-update');
  });

  it('send a page\'s short link, in the resident\'s language, only to a resident who agreed', () => {
    const { db, store, clock, refs } = seeded();
    clock.now = new Date('2026-03-02T09:00:00Z');
    const agreed = store.save(request({ lang: 'ur', answers: { name: 'Aisha', postcode: 'LE5 1AA', contactMethod: 'phone', contactPhone: '07700 900777', acknowledge: ['yes'] } })).reference;
    const pages = [{ path: '/ur/carers/easy-read/', title: 'دیکھ بھال کرنے والے', english: 'Carers (easy read)' }];
    const send = (reference: string, page: string) =>
      runRequestAction(db, { staff: cara, reference, params: new URLSearchParams({ _action: 'send-link', page }), residentT: formsTranslator('ur'), origin: 'https://care.example', now: new Date(), pages });
    vi.stubEnv('NOTIFY_API_KEY', 'test-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222');
    expect(send(agreed, '/etc/passwd')).toMatchObject({ ok: false, errors: [{ field: 'page', message: 'Choose a page from the list.' }] });
    expect(send(refs.newCarer!, '/ur/carers/easy-read/')).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('did not agree') }] });
    expect(send(agreed, '/ur/carers/easy-read/')).toEqual({ ok: true, done: 'link-sent' });
    const row = db.prepare("SELECT channel, recipient, payload FROM outbox WHERE kind = 'link'").get() as { channel: string; recipient: string; payload: string };
    expect(row).toMatchObject({ channel: 'sms', recipient: '07700 900777' });
    const { message } = JSON.parse(row.payload) as { message: string };
    expect(message).toContain(`https://care.example/s/${shortCode('/ur/carers/easy-read/')}/`);
    expect(message).toContain('دیکھ بھال کرنے والے');
    expect(auditPage(db, { reference: agreed })[0]).toMatchObject({ action: 'send-link', detail: '/ur/carers/easy-read/ by sms' });
  });

  it('confirm by a code in the URL, never by words from it', () => {
    expect(doneMessage('handed', 'dev@example.gov.uk')).toBe('Handed to dev@example.gov.uk.');
    expect(doneMessage('Your session has expired, ring 0800 000 000', null)).toBeUndefined();
  });
});

describe('the promise per form', () => {
  it('counts working days for feedback (complaints acknowledged in 3) and calendar days for assessments', () => {
    // A Friday: three working days later is the next Wednesday.
    expect(addDays(new Date('2026-03-06T12:00:00Z'), 3, true).toISOString()).toBe('2026-03-11T12:00:00.000Z');
    expect(dueDate('carers-assessment', new Date('2026-03-06T12:00:00Z'))?.toISOString()).toBe('2026-04-17T12:00:00.000Z');
    expect(dueDate('needs-assessment', new Date('2026-01-01T00:00:00Z'))?.toISOString()).toBe('2026-05-16T00:00:00.000Z');
    expect(dueDate('tell-us-what-you-think', new Date('2026-03-06T12:00:00Z'))?.toISOString()).toBe('2026-03-11T12:00:00.000Z');
    expect(dueDate('will-i-have-to-pay', new Date())).toBeUndefined();
  });
});
