import type { DatabaseSync } from 'node:sqlite';
import { fromRow, type StoredSubmission, type SubmissionRow } from '../submissions/store.ts';
import { normaliseReference, formatReference } from '../forms/engine/reference.ts';
import type { Outcome, Status } from './status.ts';

/**
 * One request and what staff do with it. Every change writes an event (the request's history)
 * in the same transaction as the change itself.
 */
export interface RequestEvent {
  id: number;
  at: string;
  actor: string;
  kind: 'take' | 'status' | 'note' | 'message';
  detail: { status?: Status; outcome?: Outcome | null; note?: string; from?: string | null; to?: string | null; channel?: string };
}

export interface RequestRecord extends StoredSubmission {
  id: number;
  updatedAt: string | null;
  events: RequestEvent[];
}

/** A reference as typed ("kq7 4ht 9wz") to the stored form ("KQ7-4HT-9WZ"). */
export const tidyReference = (typed: string): string => formatReference(normaliseReference(typed).slice(0, 9));

export function findRequest(db: DatabaseSync, reference: string): RequestRecord | undefined {
  const row = db.prepare(
    'SELECT id, reference, form, lang, answers, received_at, status, outcome, assignee, urgent, updated_at FROM submissions WHERE reference = ?',
  ).get(tidyReference(reference)) as (SubmissionRow & { id: number; updated_at: string | null }) | undefined;
  if (!row) return undefined;
  const events = (db.prepare('SELECT id, at, actor, kind, detail FROM request_events WHERE submission_id = ? ORDER BY id').all(row.id) as {
    id: number; at: string; actor: string; kind: RequestEvent['kind']; detail: string;
  }[]).map((e) => ({ ...e, detail: JSON.parse(e.detail) }));
  return { ...fromRow(row), id: row.id, updatedAt: row.updated_at, events };
}

/** Runs the work in one transaction; inside the caller's own, when it already has one open. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function addEvent(db: DatabaseSync, id: number, actor: string, kind: RequestEvent['kind'], detail: RequestEvent['detail'], at: string): void {
  db.prepare('INSERT INTO request_events (submission_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)').run(id, at, actor, kind, JSON.stringify(detail));
}

/** "Take" (assign to me), or hand on to another member of staff; a new request moves to in progress. */
export function assignRequest(db: DatabaseSync, reference: string, actor: string, to: string | null, now = new Date()): boolean {
  return inTransaction(db, () => {
    const row = db.prepare('SELECT id, assignee, status FROM submissions WHERE reference = ?').get(reference) as { id: number; assignee: string | null; status: Status } | undefined;
    if (!row) return false;
    const at = now.toISOString();
    db.prepare(`UPDATE submissions SET assignee = ?, status = CASE WHEN status = 'new' THEN 'in-progress' ELSE status END, updated_at = ? WHERE id = ?`).run(to, at, row.id);
    addEvent(db, row.id, actor, 'take', { from: row.assignee, to }, at);
    if (row.status === 'new' && to) addEvent(db, row.id, actor, 'status', { status: 'in-progress', outcome: null }, at);
    return true;
  });
}

export function changeStatus(db: DatabaseSync, reference: string, actor: string, status: Status, outcome: Outcome | null, now = new Date()): boolean {
  return inTransaction(db, () => {
    const row = db.prepare('SELECT id FROM submissions WHERE reference = ?').get(reference) as { id: number } | undefined;
    if (!row) return false;
    const at = now.toISOString();
    const kept = status === 'closed' ? outcome : null;
    db.prepare('UPDATE submissions SET status = ?, outcome = ?, updated_at = ? WHERE id = ?').run(status, kept, at, row.id);
    addEvent(db, row.id, actor, 'status', { status, outcome: kept }, at);
    return true;
  });
}

export function addNote(db: DatabaseSync, reference: string, actor: string, note: string, now = new Date()): boolean {
  return inTransaction(db, () => {
    const row = db.prepare('SELECT id FROM submissions WHERE reference = ?').get(reference) as { id: number } | undefined;
    if (!row) return false;
    const at = now.toISOString();
    addEvent(db, row.id, actor, 'note', { note }, at);
    db.prepare('UPDATE submissions SET updated_at = ? WHERE id = ?').run(at, row.id);
    return true;
  });
}

/** Everyone a request can be handed to, for the "Who has it" list. */
export function assignees(db: DatabaseSync): string[] {
  return (db.prepare('SELECT email FROM staff ORDER BY email').all() as { email: string }[]).map((r) => r.email);
}
