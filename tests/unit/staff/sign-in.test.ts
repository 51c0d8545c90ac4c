import { describe, expect, it } from 'vitest';
import { addAccount, checkPassword, hashPassword, listAccounts, removeAccount, resetPassword, verifyPassword } from '../../../src/staff/accounts.ts';
import { auditPage } from '../../../src/staff/audit.ts';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from '../../../src/staff/attempts.ts';
import { createSession, readSession } from '../../../src/staff/sessions.ts';
import { signInWithPassword, WRONG } from '../../../src/staff/sign-in.ts';
import { testStore } from './helpers.ts';

const PASSWORD = 'correct horse battery staple';
const T0 = Date.parse('2026-03-02T09:00:00Z');

async function withAccount() {
  const { store } = testStore();
  addAccount(store.db, { email: 'Cara@Example.gov.uk', role: 'caseworker', passwordHash: await hashPassword(PASSWORD) });
  return store.db;
}

describe('local staff accounts', () => {
  it('keep an Argon2id hash, never the password', async () => {
    const db = await withAccount();
    const row = db.prepare('SELECT password_hash FROM staff').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.password_hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row.password_hash, `${PASSWORD}!`)).toBe(false);
    expect(await verifyPassword(null, PASSWORD)).toBe(false);
  });

  it('are one account whatever the case of the email, and cannot be added twice', async () => {
    const db = await withAccount();
    expect(addAccount(db, { email: 'cara@example.gov.uk', role: 'manager', passwordHash: null })).toBe(false);
    expect(listAccounts(db)).toMatchObject([{ email: 'cara@example.gov.uk', role: 'caseworker', hasPassword: true }]);
  });

  it('refuse a short password', () => {
    expect(checkPassword('short')).toBe('The password must be at least 12 characters.');
    expect(checkPassword(PASSWORD)).toBeUndefined();
  });

  it('end every session on a reset, and on removal', async () => {
    const db = await withAccount();
    const secret = createSession(db, 'cara@example.gov.uk', 'password', T0);
    expect(resetPassword(db, 'cara@example.gov.uk', await hashPassword('another long password'))).toBe(true);
    expect(readSession(db, secret, T0)).toBeUndefined();
    const again = createSession(db, 'cara@example.gov.uk', 'password', T0);
    expect(removeAccount(db, 'CARA@example.gov.uk')).toBe(true);
    expect(readSession(db, again, T0)).toBeUndefined();
    expect(removeAccount(db, 'cara@example.gov.uk')).toBe(false);
  });
});

describe('signing in with a password', () => {
  it('signs in, whatever the case of the email, and audits it', async () => {
    const db = await withAccount();
    expect(await signInWithPassword(db, { email: ' CARA@example.gov.uk ', password: PASSWORD, client: '127.0.0.1' }, T0)).toEqual({ ok: true, email: 'cara@example.gov.uk' });
    expect(auditPage(db)[0]).toMatchObject({ actor: 'cara@example.gov.uk', action: 'sign-in', detail: 'password' });
  });

  it('says the same for an unknown email as for a wrong password', async () => {
    const db = await withAccount();
    const unknown = await signInWithPassword(db, { email: 'nobody@example.gov.uk', password: PASSWORD, client: '127.0.0.1' }, T0);
    const wrong = await signInWithPassword(db, { email: 'cara@example.gov.uk', password: 'not the password', client: '127.0.0.1' }, T0);
    expect(unknown).toMatchObject({ ok: false, status: 401, message: WRONG });
    expect(wrong).toMatchObject({ ok: false, status: 401, message: WRONG });
    expect(JSON.stringify(auditPage(db))).not.toContain('not the password');
  });

  it('asks for what is missing, field by field, and keeps the typed email', async () => {
    const db = await withAccount();
    expect(await signInWithPassword(db, { email: '', password: '', client: 'x' }, T0)).toMatchObject({
      ok: false, status: 422, fields: { email: 'Enter your email address', password: 'Enter your password' },
    });
    expect(await signInWithPassword(db, { email: 'cara.example', password: 'x', client: 'x' }, T0)).toMatchObject({
      ok: false, email: 'cara.example', fields: { email: 'Enter an email address, like name@leicester.gov.uk' },
    });
  });

  it(`stops an account after ${SIGN_IN_PER_ACCOUNT.max} wrong tries, even with the right password, then lets it in after the window`, async () => {
    const db = await withAccount();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.max; i++) {
      // From different addresses: the limit is per account as well as per address.
      expect(await signInWithPassword(db, { email: 'cara@example.gov.uk', password: `wrong ${i}`, client: `10.0.0.${i}` }, T0)).toMatchObject({ status: 401 });
    }
    const blocked = await signInWithPassword(db, { email: 'cara@example.gov.uk', password: PASSWORD, client: '10.0.0.99' }, T0 + 60_000);
    expect(blocked).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/^Too many tries to sign in\. Wait 14 minutes/) });
    expect(await signInWithPassword(db, { email: 'cara@example.gov.uk', password: PASSWORD, client: '10.0.0.99' }, T0 + SIGN_IN_PER_ACCOUNT.windowMs)).toMatchObject({ ok: true });
  });

  it('says "too many" for an unknown email just as for a real one, so the limit tells nothing', async () => {
    const db = await withAccount();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.max; i++) await signInWithPassword(db, { email: 'nobody@example.gov.uk', password: 'x', client: `10.0.1.${i}` }, T0);
    expect(await signInWithPassword(db, { email: 'nobody@example.gov.uk', password: 'x', client: '10.0.1.99' }, T0)).toMatchObject({ status: 429 });
  });

  it(`stops an address after ${SIGN_IN_PER_ADDRESS.max} wrong tries across accounts`, async () => {
    const db = await withAccount();
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.max; i++) await signInWithPassword(db, { email: `guess${i}@example.gov.uk`, password: 'x', client: '192.0.2.7' }, T0);
    expect(await signInWithPassword(db, { email: 'cara@example.gov.uk', password: PASSWORD, client: '192.0.2.7' }, T0)).toMatchObject({ status: 429 });
    expect(await signInWithPassword(db, { email: 'cara@example.gov.uk', password: PASSWORD, client: '192.0.2.8' }, T0)).toMatchObject({ ok: true });
  });
});
