import type { DatabaseSync } from 'node:sqlite';

/**
 * The SQLite schema, as numbered steps. Each runs once, in order, in its own transaction, and
 * is recorded in `schema_migrations`; a file from before the table existed starts at step 1,
 * whose statements are written to be harmless on a file that already has them.
 * Never change a step that has shipped: add the next one.
 */
export const sqliteMigrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'submissions',
    sql: `
CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  form TEXT NOT NULL,
  lang TEXT NOT NULL,
  answers TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_received_at ON submissions (received_at);`,
  },
  {
    version: 2,
    name: 'staff side: workflow, staff, sessions, audit, outbox, rate limits',
    sql: `
ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
ALTER TABLE submissions ADD COLUMN outcome TEXT;
ALTER TABLE submissions ADD COLUMN assignee TEXT;
ALTER TABLE submissions ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN progress_token_hash TEXT;
ALTER TABLE submissions ADD COLUMN updated_at TEXT;
CREATE INDEX submissions_status ON submissions (status, received_at);
CREATE INDEX submissions_assignee ON submissions (assignee, received_at);
CREATE INDEX submissions_form ON submissions (form, received_at);
CREATE UNIQUE INDEX submissions_progress_token ON submissions (progress_token_hash);
CREATE TABLE request_events (
  id INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX request_events_submission ON request_events (submission_id, id);
CREATE TABLE staff (
  email TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE staff_sessions (
  token_hash TEXT PRIMARY KEY,
  email TEXT NOT NULL REFERENCES staff (email) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  method TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  seen_at INTEGER NOT NULL
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  reference TEXT,
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  submission_id INTEGER REFERENCES submissions (id) ON DELETE CASCADE,
  reference TEXT NOT NULL,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  lang TEXT NOT NULL,
  payload TEXT NOT NULL,
  notify_reference TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0,
  sent_at TEXT,
  notify_id TEXT,
  last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  window_start INTEGER NOT NULL
);`,
  },
  {
    version: 3,
    name: 'was this page useful',
    sql: `
CREATE TABLE page_feedback (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL,
  variant TEXT NOT NULL,
  lang TEXT NOT NULL,
  useful INTEGER NOT NULL,
  comment TEXT,
  comment_token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX page_feedback_page ON page_feedback (slug, variant, lang, id);
CREATE INDEX rate_limits_window ON rate_limits (window_start);`,
  },
];

/** Brings the file up to the newest step; returns the steps it ran. */
export function migrateSqlite(db: DatabaseSync): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => Number(r.version)));
  const ran: number[] = [];
  for (const step of sqliteMigrations) {
    if (done.has(step.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      // Another process may have run it while this one waited for the lock.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(step.version)) {
        db.exec('COMMIT');
        continue;
      }
      db.exec(step.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, new Date().toISOString());
      db.exec('COMMIT');
      ran.push(step.version);
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return ran;
}
