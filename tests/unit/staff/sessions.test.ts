import { describe, expect, it } from 'vitest';
import { addAccount } from '../../../src/staff/accounts.ts';
import { CSRF_REFUSED, guardStaff, PRE_SESSION_COOKIE, secureCookie } from '../../../src/staff/guard.ts';
import { routePermission } from '../../../src/staff/roles.ts';
import { ABSOLUTE_MS, createSession, endSession, IDLE_MS, readSession, sweepSessions } from '../../../src/staff/sessions.ts';
import { testStore } from './helpers.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');

function setUp() {
  const { store } = testStore();
  addAccount(store.db, { email: 'cara@example.gov.uk', role: 'caseworker', passwordHash: null });
  addAccount(store.db, { email: 'mo@example.gov.uk', role: 'manager', passwordHash: null });
  return store.db;
}

const get = (path: string) => new Request(`http://127.0.0.1:4321${path}`);
const post = (path: string, fields: Record<string, string>) =>
  new Request(`http://127.0.0.1:4321${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

describe('staff sessions', () => {
  it('keep only a hash of the cookie, and end after 30 minutes idle', () => {
    const db = setUp();
    const secret = createSession(db, 'cara@example.gov.uk', 'password', T0);
    expect(JSON.stringify(db.prepare('SELECT * FROM staff_sessions').all())).not.toContain(secret);
    expect(readSession(db, secret, T0 + IDLE_MS - 1000)).toMatchObject({ email: 'cara@example.gov.uk', role: 'caseworker', method: 'password' });
    // That view touched it: 29 minutes later it is still alive.
    expect(readSession(db, secret, T0 + IDLE_MS - 1000 + 29 * 60_000)).toBeDefined();
    expect(readSession(db, secret, T0 + IDLE_MS - 1000 + 29 * 60_000 + IDLE_MS + 1)).toBeUndefined();
    expect(readSession(db, secret, T0)).toBeUndefined(); // deleted, not only expired
  });

  it('end 8 hours after sign-in however busy', () => {
    const db = setUp();
    const secret = createSession(db, 'cara@example.gov.uk', 'oidc', T0);
    for (let t = T0; t < T0 + ABSOLUTE_MS; t += 20 * 60_000) expect(readSession(db, secret, t)).toBeDefined();
    expect(readSession(db, secret, T0 + ABSOLUTE_MS + 1)).toBeUndefined();
  });

  it('end on sign-out, and when the account is removed', () => {
    const db = setUp();
    const a = createSession(db, 'cara@example.gov.uk', 'password', T0);
    endSession(db, a);
    expect(readSession(db, a, T0)).toBeUndefined();
    const b = createSession(db, 'cara@example.gov.uk', 'password', T0);
    db.prepare('DELETE FROM staff WHERE email = ?').run('cara@example.gov.uk');
    expect(readSession(db, b, T0)).toBeUndefined();
  });

  it('are swept when old', () => {
    const db = setUp();
    createSession(db, 'cara@example.gov.uk', 'password', T0);
    createSession(db, 'mo@example.gov.uk', 'password', T0 + IDLE_MS);
    expect(sweepSessions(db, T0 + IDLE_MS + 1)).toBe(1);
  });

  it('give each session its own CSRF token', () => {
    const db = setUp();
    const one = readSession(db, createSession(db, 'cara@example.gov.uk', 'password', T0), T0);
    const two = readSession(db, createSession(db, 'cara@example.gov.uk', 'password', T0), T0);
    expect(one?.csrf).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(one?.csrf).not.toBe(two?.csrf);
  });
});

describe('the staff guard (deny by default)', () => {
  it('sends every staff address to sign-in without a session', async () => {
    const db = setUp();
    for (const path of ['/staff/', '/staff/requests/KQ7-4HT-9WZ/', '/staff/export/', '/staff/export/download/', '/staff/audit/', '/staff/anything-new/']) {
      const decision = await guardStaff(get(path), { db, now: T0 });
      expect(decision.allow, path).toBe(false);
      if (!decision.allow) {
        expect(decision.response.status).toBe(303);
        expect(decision.response.headers.get('location')).toBe('/staff/sign-in/');
      }
    }
  });

  it('lets the sign-in pages through without a session', async () => {
    const db = setUp();
    for (const path of ['/staff/sign-in/', '/staff/oidc/start/', '/staff/oidc/callback/']) {
      expect((await guardStaff(get(path), { db, now: T0 })).allow, path).toBe(true);
    }
  });

  it('refuses a POST without the CSRF token, or with another session\'s, even when signed in', async () => {
    const db = setUp();
    const secret = createSession(db, 'cara@example.gov.uk', 'password', T0);
    const csrf = readSession(db, secret, T0)?.csrf ?? '';
    const other = readSession(db, createSession(db, 'mo@example.gov.uk', 'password', T0), T0)?.csrf ?? '';
    const path = '/staff/requests/KQ7-4HT-9WZ/';
    for (const fields of [{ _action: 'take' }, { _action: 'take', _csrf: '' }, { _action: 'take', _csrf: other }, { _action: 'take', _csrf: `${csrf}x` }] as Record<string, string>[]) {
      const decision = await guardStaff(post(path, fields), { db, sessionCookie: secret, now: T0 });
      expect(decision.allow).toBe(false);
      if (!decision.allow) {
        expect(decision.response.status).toBe(403);
        expect(await decision.response.text()).toContain(CSRF_REFUSED);
      }
    }
    expect((await guardStaff(post(path, { _action: 'take', _csrf: csrf }), { db, sessionCookie: secret, now: T0 })).allow).toBe(true);
  });

  it('refuses a JSON or multipart POST (no token can be read from it)', async () => {
    const db = setUp();
    const secret = createSession(db, 'cara@example.gov.uk', 'password', T0);
    const csrf = readSession(db, secret, T0)?.csrf ?? '';
    const json = new Request('http://127.0.0.1:4321/staff/requests/KQ7-4HT-9WZ/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ _csrf: csrf }) });
    expect((await guardStaff(json, { db, sessionCookie: secret, now: T0 })).allow).toBe(false);
  });

  it('checks the sign-in form against its own cookie before there is a session', async () => {
    const db = setUp();
    const form = { _csrf: 'pre-session-token-aaaaaaaaaaaaaaaa', email: 'a@b.cc', password: 'x' };
    expect((await guardStaff(post('/staff/sign-in/', form), { db, now: T0 })).allow).toBe(false);
    expect((await guardStaff(post('/staff/sign-in/', form), { db, preSessionCookie: 'something-else', now: T0 })).allow).toBe(false);
    expect((await guardStaff(post('/staff/sign-in/', form), { db, preSessionCookie: form._csrf, now: T0 })).allow).toBe(true);
    expect(PRE_SESSION_COOKIE).toBe('portal_staff_csrf');
  });

  it('keeps export, purge and the audit log to managers', async () => {
    const db = setUp();
    const cara = createSession(db, 'cara@example.gov.uk', 'password', T0);
    const mo = createSession(db, 'mo@example.gov.uk', 'password', T0);
    const caraCsrf = readSession(db, cara, T0)?.csrf ?? '';
    for (const path of ['/staff/export/', '/staff/export/download/', '/staff/audit/']) {
      const refused = await guardStaff(get(path), { db, sessionCookie: cara, now: T0 });
      expect(refused.allow, path).toBe(false);
      if (!refused.allow) expect(refused.response.status).toBe(403);
      expect((await guardStaff(get(path), { db, sessionCookie: mo, now: T0 })).allow, path).toBe(true);
    }
    const purge = await guardStaff(post('/staff/export/', { _csrf: caraCsrf, _action: 'purge', days: '1', confirm: 'yes' }), { db, sessionCookie: cara, now: T0 });
    expect(purge.allow).toBe(false);
    if (!purge.allow) expect(purge.response.status).toBe(403);
  });

  it('refuses an address no route names, even to a manager', async () => {
    const db = setUp();
    const mo = createSession(db, 'mo@example.gov.uk', 'password', T0);
    const decision = await guardStaff(get('/staff/secret-report/'), { db, sessionCookie: mo, now: T0 });
    expect(decision.allow).toBe(false);
    if (!decision.allow) expect(decision.response.status).toBe(404);
    expect(routePermission('/staff/requests/KQ7-4HT-9WZ/', 'DELETE')).toBeUndefined();
    expect(routePermission('/staff/audit/', 'POST')).toBeUndefined();
    expect(routePermission('/staff/sign-out/', 'GET')).toBeUndefined();
  });

  it('refuses other methods', async () => {
    const db = setUp();
    const decision = await guardStaff(new Request('http://127.0.0.1:4321/staff/', { method: 'PUT' }), { db, now: T0 });
    expect(decision.allow).toBe(false);
    if (!decision.allow) expect(decision.response.status).toBe(405);
  });

  it('marks cookies Secure everywhere but plain-HTTP loopback', () => {
    expect(secureCookie(new URL('http://127.0.0.1:4321/staff/'))).toBe(false);
    expect(secureCookie(new URL('http://localhost:4321/staff/'))).toBe(false);
    expect(secureCookie(new URL('http://portal.example.gov.uk/staff/'))).toBe(true);
    expect(secureCookie(new URL('https://127.0.0.1/staff/'))).toBe(true);
  });
});
