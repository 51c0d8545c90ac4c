import { createHmac, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

/**
 * Fixed-window counters kept in the database, so a limit holds across restarts and across
 * servers sharing one database. Used for sign-in failures (per account and per address) and
 * progress look-ups (per address).
 */
export interface Limit { max: number; windowMs: number }

export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: Limit = { max: 20, windowMs: 15 * 60_000 };

/** Minutes until the window ends, or 0 when the key may try again now. */
export function blockedFor(db: DatabaseSync, key: string, limit: Limit, now = Date.now()): number {
  const row = db.prepare('SELECT count, window_start FROM rate_limits WHERE key = ?').get(key) as { count: number; window_start: number } | undefined;
  if (!row || now - row.window_start >= limit.windowMs || row.count < limit.max) return 0;
  return Math.max(1, Math.ceil((row.window_start + limit.windowMs - now) / 60_000));
}

export function countAttempt(db: DatabaseSync, key: string, limit: Limit, now = Date.now()): void {
  db.prepare(
    `INSERT INTO rate_limits (key, count, window_start) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN ? - window_start >= ? THEN 1 ELSE count + 1 END,
       window_start = CASE WHEN ? - window_start >= ? THEN ? ELSE window_start END`,
  ).run(key, now, now, limit.windowMs, now, limit.windowMs, now);
}

export function clearAttempts(db: DatabaseSync, key: string): void {
  db.prepare('DELETE FROM rate_limits WHERE key = ?').run(key);
}

/** Counts this try and says whether it is over the limit (for look-ups, where every try counts). */
export function takeAttempt(db: DatabaseSync, key: string, limit: Limit, now = Date.now()): number {
  const wait = blockedFor(db, key, limit, now);
  if (wait) return wait;
  countAttempt(db, key, limit, now);
  return 0;
}

// Residents' addresses are never stored: a limit is kept under a keyed hash of the address,
// with a key that is new each time the server starts (or RATE_LIMIT_SECRET, shared by servers).
const secret = process.env.RATE_LIMIT_SECRET?.trim() || randomBytes(32).toString('hex');

/** The rate-limit key for a resident's address: the same address gives the same key, and the key gives no address. */
export const addressKey = (purpose: string, client: string): string =>
  `${purpose}:${createHmac('sha256', secret).update(client).digest('base64url').slice(0, 22)}`;

/** Counters whose window ended a day ago or more are of no further use. */
export function sweepAttempts(db: DatabaseSync, now = Date.now()): number {
  return Number(db.prepare('DELETE FROM rate_limits WHERE window_start < ?').run(now - 24 * 60 * 60_000).changes);
}
