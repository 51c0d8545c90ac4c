import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

/**
 * Puts a message in the outbox, inside whatever transaction the caller has open, so the message
 * exists exactly when the change that caused it does. The Notify `reference` is unique per
 * message: after a crash, the sender asks Notify for it before sending again.
 */
export interface QueuedMessage {
  submissionId: number;
  reference: string;
  kind: 'acknowledgement' | 'update' | 'link';
  channel: 'email' | 'sms';
  to: string;
  lang: string;
  payload: Record<string, string>;
  at: string;
  now: Date;
}

export function queueMessage(db: DatabaseSync, m: QueuedMessage): void {
  // Acknowledgements are one per request and channel; later messages each get their own suffix.
  const suffix = m.kind === 'acknowledgement' ? 'ack' : `${m.kind}-${randomBytes(6).toString('hex')}`;
  db.prepare(
    `INSERT INTO outbox (submission_id, reference, kind, channel, recipient, lang, payload, notify_reference, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.submissionId, m.reference, m.kind, m.channel, m.to, m.lang, JSON.stringify(m.payload), `${m.reference}-${suffix}-${m.channel}`, m.at, m.now.getTime());
}

export interface OutboxEntry {
  id: number;
  kind: string;
  channel: 'email' | 'sms';
  createdAt: string;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}

/** What the request page shows staff: each message and whether it went (not its words or address). */
export function messagesFor(db: DatabaseSync, submissionId: number): OutboxEntry[] {
  return db.prepare(
    'SELECT id, kind, channel, created_at AS createdAt, attempts, sent_at AS sentAt, last_error AS lastError FROM outbox WHERE submission_id = ? ORDER BY id',
  ).all(submissionId) as unknown as OutboxEntry[];
}

export function unsentCount(db: DatabaseSync): number {
  return Number((db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n);
}
