import type { DatabaseSync } from 'node:sqlite';
import type { NotifyConfig } from './config.ts';

/**
 * Sends what the outbox holds through GOV.UK Notify, from every server that shares the database.
 * A message is claimed in a short transaction (so two servers never send the same one at once),
 * then sent; if the process dies between Notify's answer and the row being marked, the next try
 * first asks Notify whether a message with that `reference` already exists, and marks it sent
 * instead of sending it twice. Failures back off: 5 s, 10 s, 20 s… up to an hour.
 */
export interface NotifyApi {
  sendEmail(templateId: string, to: string, options: { personalisation: Record<string, string>; reference: string }): Promise<{ data: { id: string } }>;
  sendSms(templateId: string, to: string, options: { personalisation: Record<string, string>; reference: string }): Promise<{ data: { id: string } }>;
  getNotifications(templateType?: string, status?: string, reference?: string): Promise<{ data: { notifications: { id: string; reference?: string | null }[] } }>;
}

interface Claimed {
  id: number;
  kind: string;
  channel: 'email' | 'sms';
  recipient: string;
  payload: string;
  notify_reference: string;
  attempts: number;
}

export interface OutboxOptions {
  now?: () => number;
  /** How long a claim stands before another server may try the message. */
  lockMs?: number;
  batch?: number;
  timeoutMs?: number;
}

const NEVER = 8.64e15;
export const backoffMs = (attempts: number): number => Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/** The error's kind only: an address or a message's words never reach the log. */
function describe(error: unknown): { permanent: boolean; text: string } {
  const e = error as { response?: { status?: number; data?: { errors?: { error?: string }[] } }; code?: string; name?: string };
  const status = e.response?.status;
  if (status) {
    const kind = e.response?.data?.errors?.[0]?.error ?? 'Error';
    // 400 and 403 will not mend themselves (a bad template, key or address); 429 and 5xx may.
    return { permanent: status >= 400 && status < 500 && status !== 429, text: `${status} ${kind}`.slice(0, 100) };
  }
  return { permanent: false, text: (e.code ?? e.name ?? 'network error').slice(0, 100) };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class OutboxSender {
  #db: DatabaseSync;
  #client: NotifyApi;
  #templates: NotifyConfig['templates'];
  #now: () => number;
  #lockMs: number;
  #batch: number;
  #timeoutMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;

  constructor(db: DatabaseSync, client: NotifyApi, templates: NotifyConfig['templates'], options: OutboxOptions = {}) {
    this.#db = db;
    this.#client = client;
    this.#templates = templates;
    this.#now = options.now ?? Date.now;
    this.#lockMs = options.lockMs ?? 60_000;
    this.#batch = options.batch ?? 20;
    // A send must give up well before its claim runs out, or another server could send it too.
    this.#timeoutMs = Math.min(options.timeoutMs ?? 20_000, this.#lockMs / 2);
  }

  #claim(): Claimed[] {
    const now = this.#now();
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const rows = this.#db.prepare(
        `SELECT id, kind, channel, recipient, payload, notify_reference, attempts FROM outbox
         WHERE sent_at IS NULL AND next_attempt_at <= ? AND locked_until <= ? ORDER BY id LIMIT ?`,
      ).all(now, now, this.#batch) as unknown as Claimed[];
      const lock = this.#db.prepare('UPDATE outbox SET locked_until = ?, attempts = attempts + 1 WHERE id = ?');
      for (const row of rows) lock.run(now + this.#lockMs, row.id);
      this.#db.exec('COMMIT');
      return rows;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #markSent(id: number, notifyId: string): void {
    // The words and the address are no longer needed once Notify has them.
    this.#db.prepare("UPDATE outbox SET sent_at = ?, notify_id = ?, payload = '{}', recipient = '', locked_until = 0, last_error = NULL WHERE id = ?")
      .run(new Date(this.#now()).toISOString(), notifyId, id);
  }

  #markFailed(row: Claimed, error: unknown): void {
    const { permanent, text } = describe(error);
    const next = permanent ? NEVER : this.#now() + backoffMs(row.attempts + 1);
    this.#db.prepare('UPDATE outbox SET last_error = ?, next_attempt_at = ?, locked_until = 0 WHERE id = ?').run(permanent ? `refused: ${text}` : text, next, row.id);
    console.error(`outbox: message ${row.id} not sent (${text})${permanent ? ', not retried' : ''}`);
  }

  async #send(row: Claimed): Promise<'sent' | 'found' | 'failed'> {
    try {
      if (row.attempts > 0) {
        // Tried before: it may have reached Notify just before a crash.
        const found = await withTimeout(this.#client.getNotifications(undefined, undefined, row.notify_reference), this.#timeoutMs);
        const existing = found.data.notifications.find((n) => n.reference === row.notify_reference);
        if (existing) {
          this.#markSent(row.id, existing.id);
          return 'found';
        }
      }
      const personalisation = JSON.parse(row.payload) as Record<string, string>;
      const ack = row.kind === 'acknowledgement';
      const options = { personalisation, reference: row.notify_reference };
      const sent = row.channel === 'email'
        ? await withTimeout(this.#client.sendEmail(ack ? this.#templates.ackEmail : this.#templates.updateEmail, row.recipient, options), this.#timeoutMs)
        : await withTimeout(this.#client.sendSms(ack ? this.#templates.ackSms : this.#templates.updateSms, row.recipient, options), this.#timeoutMs);
      this.#markSent(row.id, sent.data.id);
      return 'sent';
    } catch (error) {
      this.#markFailed(row, error);
      return 'failed';
    }
  }

  /** One pass: claims what is due and sends it. Returns what happened, for tests and logs. */
  async runOnce(): Promise<{ sent: number; found: number; failed: number }> {
    const counts = { sent: 0, found: 0, failed: 0 };
    for (const row of this.#claim()) counts[await this.#send(row)]++;
    return counts;
  }

  /** Polls every `intervalMs` until stopped; a pass never overlaps the one before. */
  start(intervalMs = 1_000): void {
    const tick = async () => {
      try {
        this.#running = this.runOnce();
        await this.#running;
      } catch (error) {
        console.error(`outbox: pass failed (${(error as { code?: string }).code ?? (error as Error).name})`);
      } finally {
        this.#running = undefined;
        if (this.#timer) this.#timer = setTimeout(tick, intervalMs).unref();
      }
    };
    this.#timer = setTimeout(tick, 0).unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
