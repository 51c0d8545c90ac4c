import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { secretHash } from '../submissions/store.ts';
import type { Role } from './roles.ts';

/**
 * Server-side sessions in the same database: the cookie holds a random token; the database
 * keeps only its hash, the CSRF token for the session's forms, and two times. A session ends
 * after 30 minutes without use or 8 hours after sign-in, whichever comes first.
 */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 8 * 60 * 60_000;
export const SESSION_COOKIE = 'portal_staff';

export interface StaffSession {
  email: string;
  role: Role;
  csrf: string;
  method: 'password' | 'oidc';
  createdAt: number;
}

const token = () => randomBytes(32).toString('base64url');

export function createSession(db: DatabaseSync, email: string, method: StaffSession['method'], now = Date.now()): string {
  const secret = token();
  db.prepare('INSERT INTO staff_sessions (token_hash, email, csrf, method, created_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(secretHash(secret), email, token(), method, now, now);
  return secret;
}

/** The live session for a cookie value, touched; undefined when missing, idle or too old. */
export function readSession(db: DatabaseSync, secret: string | undefined, now = Date.now()): StaffSession | undefined {
  if (!secret || secret.length > 100) return undefined;
  const hash = secretHash(secret);
  const row = db.prepare(
    `SELECT s.email, s.csrf, s.method, s.created_at, s.seen_at, a.role FROM staff_sessions s JOIN staff a ON a.email = s.email WHERE s.token_hash = ?`,
  ).get(hash) as { email: string; csrf: string; method: StaffSession['method']; created_at: number; seen_at: number; role: Role } | undefined;
  if (!row) return undefined;
  if (now - row.seen_at > IDLE_MS || now - row.created_at > ABSOLUTE_MS) {
    db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(hash);
    return undefined;
  }
  // Touch at most once a minute: every page view need not be a write.
  if (now - row.seen_at > 60_000) db.prepare('UPDATE staff_sessions SET seen_at = ? WHERE token_hash = ?').run(now, hash);
  return { email: row.email, role: row.role, csrf: row.csrf, method: row.method, createdAt: row.created_at };
}

export function endSession(db: DatabaseSync, secret: string | undefined): void {
  if (secret) db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(secretHash(secret));
}

/** Old sessions are removed now and then, so the table holds only live ones. */
export function sweepSessions(db: DatabaseSync, now = Date.now()): number {
  return Number(db.prepare('DELETE FROM staff_sessions WHERE seen_at < ? OR created_at < ?').run(now - IDLE_MS, now - ABSOLUTE_MS).changes);
}

export function sameToken(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const newToken = token;
