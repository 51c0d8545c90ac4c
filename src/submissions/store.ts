import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { newReference } from '../forms/engine/reference.ts';
import { migrateSqlite } from '../store/sqlite-migrations.ts';
import { queueMessage } from '../notify/queue.ts';

/**
 * Where referrals are kept until staff export them: one SQLite file under DATA_DIR.
 * WAL with synchronous=FULL means a row is on disk before `save` returns, so a request is
 * acknowledged only once it would survive the power going off. The idempotency key is
 * unique, so the same request sent twice is stored once.
 */
export interface NewSubmission {
  form: string;
  lang: string;
  idempotencyKey: string;
  /** The answers as the schema returned them. */
  answers: unknown;
  /** The person said something urgent is happening: staff see it first. */
  urgent?: boolean;
  /** Where the person agreed to get their acknowledgement: queued in the same transaction. */
  acknowledge?: {
    recipients: { channel: 'email' | 'sms'; to: string }[];
    /** The message's words, once the reference and the private progress link exist. */
    compose: (reference: string, progressToken: string) => { email: Record<string, string>; sms: Record<string, string> };
  };
}

export interface SavedSubmission {
  reference: string;
  receivedAt: string;
  /** False when this key was already stored: the first request's reference comes back. */
  created: boolean;
  /** The private progress link's secret, only when just created (only its hash is kept). */
  progressToken?: string;
}

/** The hash under which a secret is kept: a stolen file gives no working link or session. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export interface StoredSubmission {
  reference: string;
  form: string;
  lang: string;
  receivedAt: string;
  status: string;
  outcome: string | null;
  assignee: string | null;
  urgent: boolean;
  answers: Record<string, unknown>;
}

export const DATABASE_FILE = 'submissions.sqlite';

export class SubmissionStore {
  readonly file: string;
  #db: DatabaseSync;
  #now: () => Date;

  #randomInt: (max: number) => number;

  constructor(dataDir: string, options: { now?: () => Date; randomInt?: (max: number) => number } = {}) {
    // Only the server's own user may read the folder: it holds people's details.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.file = path.join(dataDir, DATABASE_FILE);
    this.#now = options.now ?? (() => new Date());
    this.#randomInt = options.randomInt ?? randomInt;
    this.#db = new DatabaseSync(this.file);
    fs.chmodSync(this.file, 0o600);
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = FULL');
    // Deleted rows are overwritten, so a purge really removes people's details from the file.
    this.#db.exec('PRAGMA secure_delete = ON');
    this.#db.exec('PRAGMA busy_timeout = 5000');
    this.#db.exec('PRAGMA foreign_keys = ON');
    migrateSqlite(this.#db);
  }

  /** The open database, for the staff side's modules (same file, same transactions). */
  get db(): DatabaseSync {
    return this.#db;
  }

  now(): Date {
    return this.#now();
  }

  pragma(name: 'journal_mode' | 'synchronous' | 'secure_delete'): unknown {
    const row = this.#db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined;
    return row ? Object.values(row)[0] : undefined;
  }

  /** Stores one submission in its own transaction: on disk when this returns. */
  save(submission: NewSubmission): SavedSubmission {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const saved = this.#insert(submission);
      this.#db.exec('COMMIT');
      return saved;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #pending: { submission: NewSubmission; resolve: (s: SavedSubmission) => void; reject: (e: unknown) => void }[] = [];

  /**
   * Group commit: submissions that arrive together share one transaction, so one fsync
   * makes a whole batch durable. Each promise settles only after its batch's COMMIT has
   * returned, so nothing is acknowledged before it is on disk.
   */
  saveSoon(submission: NewSubmission): Promise<SavedSubmission> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ submission, resolve, reject });
      if (this.#pending.length === 1) setImmediate(() => this.#flush());
    });
  }

  #flush(): void {
    const batch = this.#pending.splice(0, this.#pending.length);
    if (!batch.length) return;
    const results: SavedSubmission[] = [];
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      for (const item of batch) results.push(this.#insert(item.submission));
      this.#db.exec('COMMIT');
    } catch {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      // One bad item must not sink the others: fall back to a transaction each.
      for (const item of batch) {
        try {
          item.resolve(this.save(item.submission));
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(results[i] as SavedSubmission));
  }

  #insert(submission: NewSubmission): SavedSubmission {
    const existing = this.#byKey(submission.idempotencyKey);
    if (existing) return { ...existing, created: false };
    const receivedAt = this.#now().toISOString();
    const insert = this.#db.prepare(
      `INSERT INTO submissions (reference, idempotency_key, form, lang, answers, received_at, urgent, progress_token_hash, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const progressToken = randomBytes(24).toString('base64url');
    // A new reference clashing with an old one is rare (28^8 of them); try again if it does.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference(this.#randomInt);
      try {
        const row = insert.run(
          reference, submission.idempotencyKey, submission.form, submission.lang, JSON.stringify(submission.answers), receivedAt,
          submission.urgent ? 1 : 0, secretHash(progressToken), receivedAt,
        );
        this.#queueAcknowledgements(Number(row.lastInsertRowid), reference, submission, progressToken, receivedAt);
        return { reference, receivedAt, created: true, progressToken };
      } catch (error) {
        if (!String((error as Error).message).includes('submissions.reference')) throw error;
      }
    }
    throw new Error('Could not find a free reference');
  }

  /**
   * The acknowledgement goes in the outbox inside the submission's own transaction: both are
   * stored, or neither. The sender (src/notify/outbox.ts) picks it up after the commit.
   */
  #queueAcknowledgements(id: number, reference: string, submission: NewSubmission, progressToken: string, at: string): void {
    const ack = submission.acknowledge;
    if (!ack?.recipients.length) return;
    const parts = ack.compose(reference, progressToken);
    for (const r of ack.recipients) {
      queueMessage(this.#db, { submissionId: id, reference, kind: 'acknowledgement', channel: r.channel, to: r.to, lang: submission.lang, payload: parts[r.channel], at, now: this.#now() });
    }
  }

  /** The request already stored under this key, if any (a resend, a refresh, the page after the API). */
  find(idempotencyKey: string): { reference: string; receivedAt: string } | undefined {
    return this.#byKey(idempotencyKey);
  }

  /**
   * The same request sent again (the page script sent it through the API first, or the person
   * refreshed): what the confirmation page can show. The private progress link only when the
   * sender gives its secret back (only its hash is kept), and whether an acknowledgement is queued.
   */
  findRepeat(idempotencyKey: string, progressToken: string | null): { reference: string; receivedAt: string; progressToken?: string; messaged: boolean } | undefined {
    const row = this.#db.prepare(
      `SELECT s.reference, s.received_at, s.progress_token_hash,
         (SELECT count(*) FROM outbox o WHERE o.submission_id = s.id AND o.kind = 'acknowledgement') AS acks
       FROM submissions s WHERE s.idempotency_key = ?`,
    ).get(idempotencyKey) as { reference: string; received_at: string; progress_token_hash: string | null; acks: number } | undefined;
    if (!row) return undefined;
    const tokenMatches = Boolean(progressToken && row.progress_token_hash && secretHash(progressToken) === row.progress_token_hash);
    return { reference: row.reference, receivedAt: row.received_at, messaged: Number(row.acks) > 0, ...(tokenMatches ? { progressToken: progressToken as string } : {}) };
  }

  #byKey(key: string): { reference: string; receivedAt: string } | undefined {
    const row = this.#db.prepare('SELECT reference, received_at FROM submissions WHERE idempotency_key = ?').get(key) as
      | { reference: string; received_at: string }
      | undefined;
    return row ? { reference: row.reference, receivedAt: row.received_at } : undefined;
  }

  /** Every submission, oldest first, for staff to export. */
  all(): StoredSubmission[] {
    const rows = this.#db.prepare('SELECT reference, form, lang, answers, received_at, status, outcome, assignee, urgent FROM submissions ORDER BY id').all() as unknown as SubmissionRow[];
    return rows.map(fromRow);
  }

  count(): number {
    return Number((this.#db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n);
  }

  /** Deletes everything received before the cut-off and returns how many went. */
  purgeReceivedBefore(cutOff: Date): number {
    const result = this.#db.prepare('DELETE FROM submissions WHERE received_at < ?').run(cutOff.toISOString());
    // Fold the write-ahead log back in, so no copy of the deleted rows is left beside the file.
    this.#db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return Number(result.changes);
  }

  close(): void {
    this.#db.close();
  }
}

export interface SubmissionRow {
  reference: string;
  form: string;
  lang: string;
  answers: string;
  received_at: string;
  status: string;
  outcome: string | null;
  assignee: string | null;
  urgent: number;
}

export function fromRow(r: SubmissionRow): StoredSubmission {
  return {
    reference: r.reference, form: r.form, lang: r.lang, receivedAt: r.received_at,
    status: r.status, outcome: r.outcome, assignee: r.assignee, urgent: Boolean(r.urgent), answers: JSON.parse(r.answers),
  };
}

const open = new Map<string, SubmissionStore>();

/** The store for DATA_DIR (default `data/` in the project), opened once per process. */
export function getStore(dataDir = process.env.DATA_DIR ?? path.join(process.env.PORTAL_ROOT ?? process.cwd(), 'data')): SubmissionStore {
  const key = path.resolve(dataDir);
  let store = open.get(key);
  if (!store) {
    store = new SubmissionStore(key);
    open.set(key, store);
  }
  return store;
}
