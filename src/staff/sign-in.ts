import type { DatabaseSync } from 'node:sqlite';
import { findAccount, verifyPassword } from './accounts.ts';
import { addressKey, blockedFor, clearAttempts, countAttempt, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from './attempts.ts';
import { audit } from './audit.ts';
import { staffEmailSchema } from './roles.ts';

/**
 * Sign-in with a local account. Every refusal says the same thing whether or not the email has
 * an account, and takes as long; failures are counted per account and per address, in the
 * database, so the limit holds across restarts and servers.
 */
export type SignInResult =
  | { ok: true; email: string }
  | { ok: false; status: number; message: string; fields?: { email?: string; password?: string }; email: string };

export const WRONG = 'The email address or password is not right. Check them and try again.';
export const tooMany = (minutes: number) =>
  `Too many tries to sign in. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask a manager to reset your password.`;

export async function signInWithPassword(db: DatabaseSync, input: { email: string; password: string; client: string }, now = Date.now()): Promise<SignInResult> {
  const typed = input.email.trim().slice(0, 254);
  const fields: { email?: string; password?: string } = {};
  const parsed = staffEmailSchema.safeParse(typed);
  if (!typed) fields.email = 'Enter your email address';
  else if (!parsed.success) fields.email = 'Enter an email address, like name@leicester.gov.uk';
  if (!input.password) fields.password = 'Enter your password';
  if (fields.email || fields.password) return { ok: false, status: 422, message: '', fields, email: typed };
  const email = parsed.data as string;
  const accountKey = `sign-in:account:${email}`;
  const fromAddress = addressKey('sign-in-address', input.client);
  const wait = Math.max(blockedFor(db, accountKey, SIGN_IN_PER_ACCOUNT, now), blockedFor(db, fromAddress, SIGN_IN_PER_ADDRESS, now));
  if (wait) {
    audit(db, { actor: email, action: 'sign-in-refused', detail: 'too many tries' }, new Date(now));
    return { ok: false, status: 429, message: tooMany(wait), email: typed };
  }
  const account = findAccount(db, email);
  const good = await verifyPassword(account?.passwordHash, input.password.slice(0, 200));
  if (!good || !account) {
    countAttempt(db, accountKey, SIGN_IN_PER_ACCOUNT, now);
    countAttempt(db, fromAddress, SIGN_IN_PER_ADDRESS, now);
    audit(db, { actor: email, action: 'sign-in-refused', detail: 'wrong email or password' }, new Date(now));
    return { ok: false, status: 401, message: WRONG, email: typed };
  }
  clearAttempts(db, accountKey);
  audit(db, { actor: email, action: 'sign-in', detail: 'password' }, new Date(now));
  return { ok: true, email };
}
