import type { DatabaseSync } from 'node:sqlite';
import { hash, verify } from '@node-rs/argon2';
import type { Role } from './roles.ts';

/**
 * Staff accounts. A local account has an Argon2id password hash; an account with no password
 * signs in only through the council's identity provider (OpenID Connect), which proves the email.
 */
export interface StaffAccount {
  email: string;
  role: Role;
  hasPassword: boolean;
  createdAt: string;
}

/**
 * OWASP's first Argon2id setting: 19 MiB, 2 passes, 1 lane. Argon2id is the library's default
 * algorithm (its `Algorithm` is a const enum, which this project's TypeScript settings cannot
 * import); a test checks every hash starts `$argon2id$`.
 */
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD = 12;

export function checkPassword(password: string): string | undefined {
  if (password.length < MIN_PASSWORD) return `The password must be at least ${MIN_PASSWORD} characters.`;
  if (password.length > 200) return 'The password must be 200 characters or fewer.';
  return undefined;
}

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON);

// Checked against when the email is unknown, so a wrong email takes as long as a wrong password
// and the time taken does not tell anyone which emails have accounts.
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hashPassword('not a real password, only for timing');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

interface Row { email: string; role: Role; password_hash: string | null; created_at: string }
const toAccount = (r: Row): StaffAccount => ({ email: r.email, role: r.role, hasPassword: Boolean(r.password_hash), createdAt: r.created_at });

export function findAccount(db: DatabaseSync, email: string): (StaffAccount & { passwordHash: string | null }) | undefined {
  const row = db.prepare('SELECT email, role, password_hash, created_at FROM staff WHERE email = ?').get(email.toLowerCase()) as Row | undefined;
  return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined;
}

export function listAccounts(db: DatabaseSync): StaffAccount[] {
  return (db.prepare('SELECT email, role, password_hash, created_at FROM staff ORDER BY email').all() as unknown as Row[]).map(toAccount);
}

export function addAccount(db: DatabaseSync, account: { email: string; role: Role; passwordHash: string | null }, now = new Date()): boolean {
  const r = db.prepare('INSERT INTO staff (email, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (email) DO NOTHING')
    .run(account.email.toLowerCase(), account.role, account.passwordHash, now.toISOString());
  return Number(r.changes) === 1;
}

/** A new password (or none): every session of the account ends, as after a suspected leak. */
export function resetPassword(db: DatabaseSync, email: string, passwordHash: string | null): boolean {
  const r = db.prepare('UPDATE staff SET password_hash = ? WHERE email = ?').run(passwordHash, email.toLowerCase());
  db.prepare('DELETE FROM staff_sessions WHERE email = ?').run(email.toLowerCase());
  return Number(r.changes) === 1;
}

export function removeAccount(db: DatabaseSync, email: string): boolean {
  // Sessions go with the account (ON DELETE CASCADE); requests it had are left unassigned.
  db.prepare('UPDATE submissions SET assignee = NULL WHERE assignee = ?').run(email.toLowerCase());
  return Number(db.prepare('DELETE FROM staff WHERE email = ?').run(email.toLowerCase()).changes) === 1;
}
