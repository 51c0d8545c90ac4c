import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrateSqlite, sqliteMigrations } from '../../../src/store/sqlite-migrations.ts';
import { DATABASE_FILE, SubmissionStore } from '../../../src/submissions/store.ts';

const tempDb = () => new DatabaseSync(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-')), 'db.sqlite'));

describe('SQLite migrations', () => {
  it('run every step once, in order, and record them', () => {
    const db = tempDb();
    expect(migrateSqlite(db)).toEqual(sqliteMigrations.map((m) => m.version));
    expect(migrateSqlite(db)).toEqual([]);
    const recorded = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => Number(r.version));
    expect(recorded).toEqual(sqliteMigrations.map((m) => m.version));
    for (const table of ['submissions', 'request_events', 'staff', 'staff_sessions', 'audit_log', 'outbox', 'rate_limits']) {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table), table).toBeDefined();
    }
  });

  it('bring a file from the first version forward, keeping its requests', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-old-'));
    const old = new DatabaseSync(path.join(dir, DATABASE_FILE));
    // The schema as the first version of the portal wrote it, with no migrations table.
    old.exec(`CREATE TABLE submissions (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, idempotency_key TEXT NOT NULL UNIQUE,
      form TEXT NOT NULL, lang TEXT NOT NULL, answers TEXT NOT NULL, received_at TEXT NOT NULL)`);
    old.prepare('INSERT INTO submissions (reference, idempotency_key, form, lang, answers, received_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run('KQ74HT9WZ', 'old-key-aaaaaaaaaaaa', 'needs-assessment', 'pl', '{"name":"Anna"}', '2025-01-02T09:00:00.000Z');
    old.close();
    const store = new SubmissionStore(dir);
    const [row] = store.all();
    expect(row).toMatchObject({ reference: 'KQ74HT9WZ', lang: 'pl', status: 'new', assignee: null, urgent: false, answers: { name: 'Anna' } });
    store.close();
  });

  it('leave the file as it was when a step fails', () => {
    const db = tempDb();
    db.exec('CREATE TABLE outbox (id INTEGER)'); // in the way of step 2
    expect(() => migrateSqlite(db)).toThrow();
    const recorded = db.prepare('SELECT version FROM schema_migrations').all().map((r) => Number(r.version));
    expect(recorded).toEqual([1]);
    const columns = db.prepare('PRAGMA table_info(submissions)').all().map((c) => c.name);
    expect(columns).not.toContain('status');
  });
});
