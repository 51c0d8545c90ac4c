import type { DatabaseSync } from 'node:sqlite';

/**
 * Who did what, when, to which request: every sign-in, view, change, export and purge. Never the
 * answers, never a note's words: a reference and an action are enough to account for access.
 */
export const AUDIT_ACTIONS = [
  'sign-in', 'sign-in-refused', 'sign-out', 'view-inbox', 'view-request', 'take', 'status', 'note',
  'send-update', 'send-link', 'export', 'purge', 'view-audit',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  reference: string | null;
  detail: string | null;
}

export function audit(db: DatabaseSync, entry: { actor: string; action: AuditAction; reference?: string; detail?: string }, now = new Date()): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, reference, detail) VALUES (?, ?, ?, ?, ?)').run(
    now.toISOString(), entry.actor, entry.action, entry.reference ?? null, entry.detail ?? null,
  );
}

/** Newest first, a page at a time (by id, so a page is as quick at the millionth row as the first). */
export function auditPage(db: DatabaseSync, options: { before?: number; limit?: number; reference?: string } = {}): AuditEntry[] {
  const limit = Math.min(options.limit ?? 100, 500);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (options.before) { where.push('id < ?'); params.push(options.before); }
  if (options.reference) { where.push('reference = ?'); params.push(options.reference); }
  const sql = `SELECT id, at, actor, action, reference, detail FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return db.prepare(sql).all(...params, limit) as unknown as AuditEntry[];
}
