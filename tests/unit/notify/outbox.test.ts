// The outbox against the local Notify stand-in, through the real notifications-node-client.
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formsTranslator } from '../../../src/forms/i18n.ts';
import { notifyClient } from '../../../src/notify/client.ts';
import { acknowledgement, progressLink } from '../../../src/notify/compose.ts';
import { backoffMs, OutboxSender, type NotifyApi } from '../../../src/notify/outbox.ts';
import { unsentCount } from '../../../src/notify/queue.ts';
import { checkToken, portalTemplates, startNotifyStandIn, type NotifyStandIn } from '../../../src/notify/stand-in.ts';
import { request, testStore } from '../staff/helpers.ts';

const API_KEY = 'portal_test-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222';
const templates = { ackEmail: 'a0000000-0000-4000-8000-000000000001', ackSms: 'a0000000-0000-4000-8000-000000000002', updateEmail: 'a0000000-0000-4000-8000-000000000003', updateSms: 'a0000000-0000-4000-8000-000000000004' };

const standIns: NotifyStandIn[] = [];
afterEach(async () => {
  for (const s of standIns.splice(0)) await s.close();
  vi.restoreAllMocks();
});

async function setUp(options: { apiKey?: string } = {}) {
  const standIn = await startNotifyStandIn({ apiKey: API_KEY, templates: portalTemplates(templates) });
  standIns.push(standIn);
  const t = testStore(new Date('2026-03-02T10:00:00Z'));
  const clock = { ms: Date.parse('2026-03-02T10:00:00Z') };
  const client = notifyClient({ apiKey: options.apiKey ?? API_KEY, baseUrl: standIn.url, templates });
  const sender = (api: NotifyApi = client, db: DatabaseSync = t.store.db) => new OutboxSender(db, api, templates, { now: () => clock.ms, lockMs: 60_000 });
  const submit = (answers: Record<string, unknown> = {}, lang = 'gu') => {
    const recipients = [
      ...(answers.email ? [{ channel: 'email' as const, to: String(answers.email) }] : []),
      ...(answers.mobile ? [{ channel: 'sms' as const, to: String(answers.mobile) }] : []),
    ];
    const t_ = formsTranslator(lang as 'gu');
    return t.store.save(request({
      lang,
      acknowledge: { recipients, compose: (reference, token) => acknowledgement(t_, { form: 'carers-assessment', reference, link: progressLink('https://portal.example', lang, token) }) },
    }));
  };
  return { ...t, standIn, clock, sender, submit, client };
}

describe('the outbox', () => {
  it('sends an acknowledgement once, in the resident\'s language, with the reference, then forgets the address', async () => {
    const { standIn, sender, submit, store } = await setUp();
    const saved = submit({ email: 'gita@example.com' });
    const counts = await sender().runOnce();
    expect(counts).toEqual({ sent: 1, found: 0, failed: 0 });
    expect(standIn.messages).toHaveLength(1);
    const [m] = standIn.messages;
    expect(m).toMatchObject({ type: 'email', to: 'gita@example.com', templateId: templates.ackEmail, reference: `${saved.reference}-ack-email` });
    expect(m?.subject).toContain(saved.reference);
    expect(m?.body).toContain(saved.reference);
    expect(m?.body).toContain(`https://portal.example/gu/ask/progress/?link=${saved.progressToken}`);
    expect(m?.body).toMatch(/[\u0A80-\u0AFF]/);
    expect(await sender().runOnce()).toEqual({ sent: 0, found: 0, failed: 0 });
    expect(standIn.messages).toHaveLength(1);
    const row = store.db.prepare('SELECT recipient, payload, sent_at, notify_id FROM outbox').get() as Record<string, string>;
    expect(row).toMatchObject({ recipient: '', payload: '{}', notify_id: m?.id });
    expect(row.sent_at).toBeTruthy();
  });

  it('sends a text message to a mobile', async () => {
    const { standIn, sender, submit } = await setUp();
    const saved = submit({ mobile: '07700 900123' }, 'so');
    await sender().runOnce();
    expect(standIn.messages).toMatchObject([{ type: 'sms', to: '07700 900123', templateId: templates.ackSms, reference: `${saved.reference}-ack-sms` }]);
    expect(standIn.messages[0]?.body).toContain(saved.reference);
  });

  it('keeps a message through a Notify outage, backing off, and sends it once Notify is back', async () => {
    const { standIn, sender, submit, clock, store } = await setUp();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    submit({ email: 'gita@example.com' });
    const outbox = sender();
    standIn.failNext(2, 500);
    expect(await outbox.runOnce()).toEqual({ sent: 0, found: 0, failed: 1 });
    expect(await outbox.runOnce()).toEqual({ sent: 0, found: 0, failed: 0 }); // not due yet
    clock.ms += backoffMs(1);
    expect(await outbox.runOnce()).toEqual({ sent: 0, found: 0, failed: 1 });
    clock.ms += backoffMs(1); // the second wait is twice as long
    expect(await outbox.runOnce()).toEqual({ sent: 0, found: 0, failed: 0 });
    clock.ms += backoffMs(2);
    expect(await outbox.runOnce()).toEqual({ sent: 1, found: 0, failed: 0 });
    expect(standIn.messages).toHaveLength(1);
    expect(unsentCount(store.db)).toBe(0);
    expect(errors.mock.calls.join(' ')).not.toContain('gita');
    expect(errors.mock.calls[0]?.[0]).toBe('outbox: message 1 not sent (500 Exception)');
  });

  it('does not send twice when the answer was lost after Notify took the message (a crash, a cut connection)', async () => {
    const { standIn, sender, submit, clock, client } = await setUp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    submit({ email: 'gita@example.com' });
    const losesAnswer: NotifyApi = {
      ...client,
      getNotifications: client.getNotifications.bind(client),
      sendSms: client.sendSms.bind(client),
      sendEmail: async (...args) => {
        await client.sendEmail(...args);
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
    };
    expect(await sender(losesAnswer).runOnce()).toEqual({ sent: 0, found: 0, failed: 1 });
    expect(standIn.messages).toHaveLength(1);
    clock.ms += backoffMs(1);
    expect(await sender().runOnce()).toEqual({ sent: 0, found: 1, failed: 0 });
    expect(standIn.messages).toHaveLength(1);
  });

  it('leaves a claimed message alone until the claim runs out (its sender died), then sends it once', async () => {
    const { standIn, sender, submit, clock } = await setUp();
    submit({ email: 'gita@example.com' });
    // The first sender claims it and never finishes: as if its server died mid-send.
    const hangs: NotifyApi = { sendEmail: () => new Promise(() => {}), sendSms: () => new Promise(() => {}), getNotifications: () => new Promise(() => {}) };
    void sender(hangs).runOnce();
    clock.ms += 30_000;
    expect(await sender().runOnce()).toEqual({ sent: 0, found: 0, failed: 0 });
    clock.ms += 31_000;
    expect(await sender().runOnce()).toEqual({ sent: 1, found: 0, failed: 0 });
    expect(standIn.messages).toHaveLength(1);
  });

  it('gives up on a message Notify refuses (a bad address or template), without retrying', async () => {
    const { standIn, sender, submit, clock, store } = await setUp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    submit({ email: 'gita@example.com' });
    standIn.failNext(1, 400);
    expect(await sender().runOnce()).toEqual({ sent: 0, found: 0, failed: 1 });
    clock.ms += 24 * 3_600_000;
    expect(await sender().runOnce()).toEqual({ sent: 0, found: 0, failed: 0 });
    expect(store.db.prepare('SELECT last_error FROM outbox').get()).toEqual({ last_error: 'refused: 400 BadRequestError' });
  });

  it('is refused by Notify with the wrong key, and retries nothing', async () => {
    const { sender, submit, store } = await setUp({ apiKey: 'wrong-11111111-1111-4111-8111-111111111111-99999999-2222-4222-8222-222222222222' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    submit({ email: 'gita@example.com' });
    expect(await sender().runOnce()).toMatchObject({ failed: 1 });
    expect((store.db.prepare('SELECT last_error FROM outbox').get() as { last_error: string }).last_error).toBe('refused: 403 AuthError');
  });

  it('never sends one message from two senders working at once on the same file', async () => {
    const { standIn, sender, submit, store } = await setUp();
    for (let i = 0; i < 30; i++) submit({ email: `person${i}@example.com` });
    const other = new DatabaseSync(store.file);
    other.exec('PRAGMA busy_timeout = 5000');
    const results = await Promise.all([sender().runOnce(), sender(undefined, other).runOnce(), sender().runOnce()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(30);
    expect(new Set(standIn.messages.map((m) => m.reference)).size).toBe(30);
    expect(standIn.messages).toHaveLength(30);
    other.close();
  });
});

describe('the Notify stand-in', () => {
  it('checks the token as Notify does', () => {
    expect(checkToken(undefined, API_KEY)).toMatch(/must be provided/);
    expect(checkToken('Bearer a.b.c', API_KEY)).toMatch(/signature/);
  });
});
