// The staff side on the real built server: local accounts from the command line, sign-in,
// deny-by-default, CSRF, roles, the inbox and a request's page, the audit log, messages to the
// resident through the Notify stand-in (real notifications-node-client), the progress page, and
// OpenID Connect through a real local provider.
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/perf/free-port.ts';
import { portalTemplates, startNotifyStandIn, type NotifyStandIn } from '../../src/notify/stand-in.ts';
import { needsPayload, postJson, startServer, tempDataDir, type Server } from './server.ts';
import { csrfFrom, NOTIFY_KEY, NOTIFY_TEMPLATES, notifyEnv, runScript, staffCli, until, Visitor } from './staff-client.ts';
import { startOidcProvider, type LocalProvider } from './oidc-provider.ts';
import { shortCode } from '../../src/sharing/short-links.ts';

const MANAGER = { email: 'mo.manager@example.gov.uk', password: 'manager password, long enough' };
const CASEWORKER = { email: 'cara.caseworker@example.gov.uk', password: 'caseworker password, long enough' };
const RESIDENT = { name: 'Zebedee Quill', email: 'zebedee.quill@example.com', postcode: 'LE1 1AA' };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function submitWithAcknowledgement(server: Server): Promise<string> {
  const payload = needsPayload(randomUUID());
  Object.assign(payload.answers, { acknowledge: ['yes'] });
  const response = await postJson(server, payload);
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

describe('the staff side', () => {
  let standIn: NotifyStandIn;
  let server: Server;
  let dataDir: string;
  let reference: string;

  beforeAll(async () => {
    standIn = await startNotifyStandIn({ apiKey: NOTIFY_KEY, templates: portalTemplates(NOTIFY_TEMPLATES) });
    cleanups.push(() => standIn.close());
    dataDir = tempDataDir();
    server = await startServer({ dataDir, env: notifyEnv(standIn.url) });
    cleanups.push(() => server.stop());
    expect(await staffCli(dataDir, ['add', MANAGER.email, '--role', 'manager', '--password-stdin'], MANAGER.password)).toMatchObject({ status: 0, stdout: `Added ${MANAGER.email} as a manager with a password.\n` });
    expect((await staffCli(dataDir, ['add', CASEWORKER.email, '--role', 'caseworker', '--password-stdin'], CASEWORKER.password)).status).toBe(0);
    reference = await submitWithAcknowledgement(server);
  });

  describe('accounts from the command line', () => {
    it('lists accounts, refuses a short password, a second account for one email and a bad role', async () => {
      expect((await staffCli(dataDir, ['list'])).stdout).toMatch(new RegExp(`${CASEWORKER.email}\\s+caseworker[\\s\\S]*${MANAGER.email}\\s+manager`));
      expect(await staffCli(dataDir, ['add', 'new@example.gov.uk', '--role', 'caseworker', '--password-stdin'], 'short')).toMatchObject({ status: 2, stderr: 'The password must be at least 12 characters.\n' });
      expect((await staffCli(dataDir, ['add', MANAGER.email.toUpperCase(), '--role', 'caseworker'])).stderr).toContain('already has an account');
      expect((await staffCli(dataDir, ['add', 'new@example.gov.uk', '--role', 'admin'])).stderr).toContain('--role must be caseworker or manager');
      expect((await staffCli(dataDir, ['add', 'not-an-email', '--role', 'manager'])).stderr).toContain('is not an email address');
    });

    it('resets a password (old one stops working) and removes an account', async () => {
      expect((await staffCli(dataDir, ['add', 'temp@example.gov.uk', '--role', 'caseworker', '--password-stdin'], 'first password here')).status).toBe(0);
      expect((await staffCli(dataDir, ['reset', 'temp@example.gov.uk', '--password-stdin'], 'second password here')).status).toBe(0);
      expect((await new Visitor(server).signIn('temp@example.gov.uk', 'first password here')).response.status).toBe(401);
      expect((await new Visitor(server).signIn('temp@example.gov.uk', 'second password here')).response.status).toBe(303);
      expect((await staffCli(dataDir, ['remove', 'temp@example.gov.uk'])).status).toBe(0);
      expect((await new Visitor(server).signIn('temp@example.gov.uk', 'second password here')).response.status).toBe(401);
      expect((await staffCli(dataDir, ['remove', 'temp@example.gov.uk'])).status).not.toBe(0);
    });
  });

  it('audits an export and a purge from the command line too, without the answers', async () => {
    const run = await runScript('scripts/submissions.ts', ['export', '--format', 'json'], dataDir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(reference);
    const purge = await runScript('scripts/submissions.ts', ['purge', '--older-than', '3650'], dataDir);
    expect(purge.status).toBe(0);
    const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
    const rows = db.prepare("SELECT actor, action, detail FROM audit_log WHERE actor LIKE 'command line%' AND action IN ('export', 'purge') ORDER BY id").all();
    db.close();
    expect(rows).toMatchObject([{ action: 'export', detail: expect.stringMatching(/^\d+ requests as json$/) }, { action: 'purge', detail: '0 requests received more than 3650 days ago' }]);
    expect(JSON.stringify(rows)).not.toContain('Zebedee');
  });

  describe('without a session', () => {
    const urls = () => ['/staff/', `/staff/requests/${reference}/`, '/staff/export/', '/staff/export/download/?format=csv', '/staff/export/download/?format=json', '/staff/audit/', '/staff/nothing-here/', '/staff'];

    it('sends every staff address to sign-in and shows nothing personal', async () => {
      for (const url of urls()) {
        const { response, html } = await new Visitor(server).get(url);
        expect([303, 301, 308], url).toContain(response.status);
        if (url !== '/staff') expect(response.headers.get('location'), url).toBe('/staff/sign-in/');
        expect(html, url).not.toMatch(new RegExp(`${reference}|${RESIDENT.name}|${RESIDENT.email}`));
      }
    });

    it('refuses every staff POST with 403, and changes nothing', async () => {
      for (const url of [`/staff/requests/${reference}/`, '/staff/export/', '/staff/sign-out/']) {
        const { response, html } = await new Visitor(server).post(url, { _action: 'take', _csrf: 'guess' });
        expect(response.status, url).toBe(403);
        expect(html).not.toContain(RESIDENT.name);
      }
      const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
      expect(db.prepare('SELECT assignee FROM submissions WHERE reference = ?').get(reference)).toEqual({ assignee: null });
      db.close();
    });

    it('shows the sign-in form with email and password, and no council button when OpenID Connect is not set', async () => {
      const { response, html } = await new Visitor(server).get('/staff/sign-in/');
      expect(response.status).toBe(200);
      expect(html).toContain('<label class="label" for="email">Email address</label>');
      expect(html).toContain('type="password"');
      expect(html).not.toContain('Sign in with your council account');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    });
  });

  describe('signing in', () => {
    it('refuses a sign-in post without its CSRF token', async () => {
      const visitor = new Visitor(server);
      await visitor.get('/staff/sign-in/');
      expect((await visitor.post('/staff/sign-in/', { email: CASEWORKER.email, password: CASEWORKER.password })).response.status).toBe(403);
    });

    it('says the same for an unknown email and a wrong password, and keeps the email typed', async () => {
      const unknown = await new Visitor(server).signIn('nobody@example.gov.uk', 'whatever password');
      const wrong = await new Visitor(server).signIn(CASEWORKER.email, 'not the right password');
      expect(unknown.response.status).toBe(401);
      expect(wrong.response.status).toBe(401);
      const message = 'The email address or password is not right. Check them and try again.';
      expect(unknown.html).toContain(message);
      expect(wrong.html).toContain(message);
      expect(wrong.html).toContain(`value="${CASEWORKER.email}"`);
    });

    it('gives a session cookie that is HttpOnly, SameSite=Strict and only for /staff/', async () => {
      const visitor = new Visitor(server);
      const page = await visitor.get('/staff/sign-in/');
      const response = await fetch(`${server.url}/staff/sign-in/`, {
        method: 'POST', redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin, Cookie: `portal_staff_csrf=${visitor.cookie('portal_staff_csrf')}` },
        body: new URLSearchParams({ _csrf: csrfFrom(page.html), email: CASEWORKER.email, password: CASEWORKER.password }),
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/staff/');
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('portal_staff='));
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\/staff\//i);
      expect(cookie).not.toMatch(/; Secure/i); // plain HTTP on loopback only; Secure everywhere else
    });
  });

  describe('a caseworker', () => {
    let cara: Visitor;
    beforeAll(async () => {
      cara = new Visitor(server);
      expect((await cara.signIn(CASEWORKER.email, CASEWORKER.password)).response.status).toBe(303);
    });

    it('finds the request in the inbox, with its form, language, status and wait', async () => {
      const { response, html } = await cara.get('/staff/?form=needs-assessment&status=new');
      expect(response.status).toBe(200);
      expect(html).toContain(reference);
      expect(html).toContain('Needs assessment');
      expect(html).toMatch(/class="tag[^"]*"[^>]*>\s*New/);
      expect(html).not.toContain(RESIDENT.name); // the inbox shows no answers
      expect(html).not.toContain('Messages to residents are switched off');
    });

    it('finds feedback in the same inbox, due 3 working days after it came', async () => {
      const response = await postJson(server, {
        form: 'tell-us-what-you-think', lang: 'pl', idempotencyKey: randomUUID(), website: '',
        answers: { kind: 'complaint', about: 'Assessment', whatHappened: 'No call back', putRight: 'A call', reply: 'no' },
      });
      expect(response.status).toBe(201);
      const { reference: feedback } = (await response.json()) as { reference: string };
      const { html } = await cara.get('/staff/?form=tell-us-what-you-think');
      expect(html).toContain(feedback);
      expect(html).toContain('Feedback');
      expect(html).toContain('Polish');
      expect(html).not.toContain(reference);
      const page = await cara.get(`/staff/requests/${feedback}/`);
      expect(page.html).toContain('Complaints acknowledged within 3 working days');
      expect(page.html).toContain('No call back');
    });

    it('opens the request, sees every answer, takes it and moves it on', async () => {
      const page = await cara.get(`/staff/requests/${reference}/`);
      expect(page.response.status).toBe(200);
      expect(page.html).toContain(RESIDENT.name);
      expect(page.html).toContain('Cooking is hard');
      const take = await cara.post(`/staff/requests/${reference}/`, { _csrf: csrfFrom(page.html), _action: 'take' });
      expect(take.response.status).toBe(303);
      expect(take.response.headers.get('location')).toBe(`/staff/requests/${reference}/?done=taken#actions`);
      const after = await cara.get(`/staff/requests/${reference}/?done=taken`);
      expect(after.html).toContain('You have this request now.');
      expect(after.html).toContain('In progress');
      const status = await cara.post(`/staff/requests/${reference}/`, { _csrf: csrfFrom(after.html), _action: 'status', status: 'waiting', notify: 'yes', message: 'Please ring us on the number in your letter.' });
      expect(status.response.status).toBe(303);
      const update = await until('the status update at Notify', () => standIn.messages.find((m) => m.templateId === NOTIFY_TEMPLATES.updateEmail));
      expect(update).toMatchObject({ to: RESIDENT.email, type: 'email' });
      expect(update.body).toContain(reference);
      expect(update.body).toContain('Please ring us on the number in your letter.');
    });

    it('sends the resident a page\'s short link through Notify', async () => {
      const page = await cara.get(`/staff/requests/${reference}/`);
      expect(page.html).toContain('<option value="/carers/">');
      const sent = await cara.post(`/staff/requests/${reference}/`, { _csrf: csrfFrom(page.html), _action: 'send-link', page: '/carers/' });
      expect(sent.response.status).toBe(303);
      expect(sent.response.headers.get('location')).toBe(`/staff/requests/${reference}/?done=link-sent#actions`);
      const message = await until('the page link at Notify', () => standIn.messages.find((m) => m.reference?.startsWith(`${reference}-link-`)));
      expect(message.body).toContain(`${server.url}/s/${shortCode('/carers/')}/`);
      const opened = await fetch(`${server.url}/s/${shortCode('/carers/')}/`, { redirect: 'manual' });
      expect(opened.headers.get('location')).toBe('/carers/');
    });

    it('is refused a POST with no CSRF token or a wrong one, and nothing changes', async () => {
      for (const fields of [{ _action: 'note', note: 'sneaky' }, { _action: 'note', note: 'sneaky', _csrf: 'not-the-token' }] as Record<string, string>[]) {
        const { response } = await cara.post(`/staff/requests/${reference}/`, fields);
        expect(response.status).toBe(403);
      }
      const page = await cara.get(`/staff/requests/${reference}/`);
      expect(page.html).not.toContain('sneaky');
    });

    it('cannot export, purge or read the audit log', async () => {
      for (const url of ['/staff/export/', '/staff/export/download/?format=csv', '/staff/export/download/?format=json', '/staff/audit/']) {
        const { response, html } = await cara.get(url);
        expect(response.status, url).toBe(403);
        expect(html).not.toContain(RESIDENT.name);
      }
      const inbox = await cara.get('/staff/');
      expect(inbox.html).not.toContain('href="/staff/export/"');
      const purge = await cara.post('/staff/export/', { _csrf: csrfFrom(inbox.html), _action: 'purge', days: '1', confirm: 'yes' });
      expect(purge.response.status).toBe(403);
    });
  });

  describe('a manager', () => {
    let mo: Visitor;
    beforeAll(async () => {
      mo = new Visitor(server);
      expect((await mo.signIn(MANAGER.email, MANAGER.password)).response.status).toBe(303);
    });

    it('exports every request as CSV and JSON from the page', async () => {
      const csv = await mo.get('/staff/export/download/?format=csv');
      expect(csv.response.status).toBe(200);
      expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.response.headers.get('content-disposition')).toMatch(/attachment; filename="requests-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(csv.html).toContain(reference);
      const json = await mo.get('/staff/export/download/?format=json');
      expect(JSON.parse(json.html)).toEqual(expect.arrayContaining([expect.objectContaining({ reference })]));
    });

    it('reads the audit log: who viewed, took and exported which request, and never the answers', async () => {
      const { response, html } = await mo.get('/staff/audit/');
      expect(response.status).toBe(200);
      for (const action of ['view-request', 'take', 'status', 'send-update', 'send-link', 'export', 'sign-in']) expect(html, action).toContain(action);
      expect(html).toContain(CASEWORKER.email);
      expect(html).toContain(reference);
      expect(html).not.toMatch(/Zebedee|zebedee\.quill|Cooking is hard|Please ring us/);
    });

    it('previews a purge, then purges only on confirmation, with the count in the audit log', async () => {
      const page = await mo.get('/staff/export/');
      const preview = await mo.post('/staff/export/', { _csrf: csrfFrom(page.html), _action: 'preview', days: '3650' });
      expect(preview.response.status).toBe(200);
      expect(preview.html).toMatch(/<strong>0 requests were<\/strong> received before/);
      expect(preview.html).not.toContain('>Purge 0');
      const bad = await mo.post('/staff/export/', { _csrf: csrfFrom(page.html), _action: 'preview', days: 'a year' });
      expect(bad.response.status).toBe(422);
      expect(bad.html).toContain('Enter a whole number of days, from 1 to 36500.');
      expect(bad.html).toContain('value="a year"');
    });

    it('signs out: the old cookie no longer opens anything', async () => {
      const inbox = await mo.get('/staff/');
      const old = mo.cookie('portal_staff');
      const out = await mo.post('/staff/sign-out/', { _csrf: csrfFrom(inbox.html) });
      expect(out.response.status).toBe(303);
      const reuse = await fetch(`${server.url}/staff/`, { redirect: 'manual', headers: { Cookie: `portal_staff=${old}` } });
      expect(reuse.status).toBe(303);
    });
  });

  describe('the resident', () => {
    it('gets exactly one acknowledgement holding the reference, the wait and a private progress link', async () => {
      const acks = await until('the acknowledgement', () => {
        const found = standIn.messages.filter((m) => m.templateId === NOTIFY_TEMPLATES.ackEmail && m.body.includes(reference));
        return found.length ? found : undefined;
      });
      expect(acks).toHaveLength(1);
      expect(acks[0]).toMatchObject({ to: RESIDENT.email, reference: `${reference}-ack-email` });
      expect(acks[0]?.subject).toContain(reference);
      expect(acks[0]?.body).toMatch(new RegExp(`${server.url}/ask/progress/\\?link=[A-Za-z0-9_-]{20,}`));
    });

    it('checks progress with the reference and postcode, or the private link, and sees the new status, not the answers', async () => {
      const byForm = await fetch(`${server.url}/ask/progress/`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin },
        body: new URLSearchParams({ reference: reference.toLowerCase(), postcode: 'le11aa' }),
      });
      const html = await byForm.text();
      expect(byForm.status).toBe(200);
      expect(html).toContain('Waiting for you');
      expect(html).not.toMatch(/Zebedee|Cooking is hard/);
      const link = /\/ask\/progress\/\?link=([A-Za-z0-9_-]+)/.exec(standIn.messages.find((m) => m.templateId === NOTIFY_TEMPLATES.ackEmail)?.body ?? '')?.[1];
      const byLink = await fetch(`${server.url}/ask/progress/?link=${link}`);
      expect(byLink.status).toBe(200);
      expect(await byLink.text()).toContain(reference);
    });

    it('gets the same answer for a wrong postcode as for an unknown reference', async () => {
      const ask = (fields: Record<string, string>) => fetch(`${server.url}/ask/progress/`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin }, body: new URLSearchParams(fields),
      });
      const wrong = await ask({ reference, postcode: 'LE9 9ZZ' });
      const wrongHtml = await wrong.text();
      expect(wrong.status).toBe(404);
      expect(wrongHtml).not.toContain('Waiting for you');
      expect(wrongHtml).toContain('value="LE9 9ZZ"'); // what was typed stays
    });

    it('never has their details written to the server log', () => {
      expect(server.logs()).not.toMatch(/Zebedee|zebedee\.quill|LE1 1AA|Cooking is hard/i);
    });
  });
});

describe('messages with Notify switched off', () => {
  it('sends nothing, tells the resident, and the inbox says so', async () => {
    const dataDir = tempDataDir();
    const server = await startServer({ dataDir });
    cleanups.push(() => server.stop());
    await staffCli(dataDir, ['add', CASEWORKER.email, '--role', 'caseworker', '--password-stdin'], CASEWORKER.password);
    const reference = await submitWithAcknowledgement(server);
    const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    db.close();
    const cara = new Visitor(server);
    await cara.signIn(CASEWORKER.email, CASEWORKER.password);
    const inbox = await cara.get('/staff/');
    expect(inbox.html).toContain(reference);
    expect(inbox.html).toContain('Messages to residents are switched off');
  });
});

describe('a crash while the outbox is sending', () => {
  it('still gives exactly one acknowledgement after SIGKILL and a restart', async () => {
    const standIn = await startNotifyStandIn({ apiKey: NOTIFY_KEY, templates: portalTemplates(NOTIFY_TEMPLATES) });
    cleanups.push(() => standIn.close());
    // Notify keeps each message, then takes 5 seconds to answer: the kill lands in between.
    standIn.setDelay(5_000);
    const dataDir = tempDataDir();
    const env = notifyEnv(standIn.url, { OUTBOX_LOCK_SECONDS: '2' });
    const first = await startServer({ dataDir, env });
    cleanups.push(() => first.stop());
    const reference = await submitWithAcknowledgement(first);
    await until('Notify to receive the message', () => standIn.messages.length === 1);
    await first.kill();
    standIn.setDelay(0);
    const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
    expect(db.prepare('SELECT sent_at, attempts FROM outbox').get()).toEqual({ sent_at: null, attempts: 1 });
    const second = await startServer({ dataDir, env });
    cleanups.push(() => second.stop());
    await until('the outbox to mark it sent', () => (db.prepare('SELECT sent_at FROM outbox').get() as { sent_at: string | null }).sent_at, 20_000);
    db.close();
    // Give a second sender pass every chance to send it again.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(standIn.messages.filter((m) => m.reference === `${reference}-ack-email`)).toHaveLength(1);
    expect(standIn.messages).toHaveLength(1);
  });
});

describe('signing in through OpenID Connect', () => {
  let provider: LocalProvider;
  let server: Server;
  let dataDir: string;

  beforeAll(async () => {
    const providerPort = await freePort();
    const portalPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    dataDir = tempDataDir();
    server = await startServer({ dataDir, port: portalPort, env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'care-portal', OIDC_CLIENT_SECRET: 'a-test-secret-that-is-long-enough-to-be-real' } });
    cleanups.push(() => server.stop());
    provider = await startOidcProvider({ port: providerPort, redirectUri: `${server.url}/staff/oidc/callback/` });
    cleanups.push(() => provider.close());
    await staffCli(dataDir, ['add', CASEWORKER.email, '--role', 'caseworker']);
  });

  /** Through the provider's own sign-in and consent pages, as a browser would. */
  async function signInAt(visitor: Visitor, login: string): Promise<{ response: Response; html: string }> {
    const sign = await visitor.get('/staff/sign-in/');
    expect(sign.html).toContain('href="/staff/oidc/start/"');
    const start = await visitor.get('/staff/oidc/start/');
    expect(start.response.status).toBe(303);
    let location = start.response.headers.get('location') ?? '';
    expect(location.startsWith(provider.issuer)).toBe(true);
    expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
    // The provider's pages: keep its cookies apart from the portal's.
    const idp = new Visitor({ ...server, url: provider.issuer, origin: provider.issuer });
    for (let step = 0; step < 10; step++) {
      if (location.startsWith(`${server.url}/staff/oidc/callback/`)) return visitor.get(location);
      const page = await idp.get(location);
      if (page.response.status >= 300 && page.response.status < 400) {
        location = new URL(page.response.headers.get('location') ?? '', provider.issuer).href;
        continue;
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(page.html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(page.html)?.[1];
      if (!action || !prompt) throw new Error(`unexpected provider page: ${page.html.slice(0, 300)}`);
      const fields: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
      const sent = await idp.post(new URL(action, provider.issuer).href, fields);
      location = new URL(sent.response.headers.get('location') ?? '', provider.issuer).href;
    }
    throw new Error('too many steps at the provider');
  }

  it('signs in a caseworker the provider vouches for, through a page that moves on by itself', async () => {
    const visitor = new Visitor(server);
    const back = await signInAt(visitor, CASEWORKER.email);
    expect(back.response.status).toBe(200);
    expect(back.html).toContain('<meta http-equiv="refresh" content="0; url=/staff/">');
    expect(visitor.cookie('portal_staff')).toBeTruthy();
    const inbox = await visitor.get('/staff/');
    expect(inbox.response.status).toBe(200);
    expect(inbox.html).toContain(CASEWORKER.email);
    const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
    expect(db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'sign-in' ORDER BY id DESC").get()).toEqual({ actor: CASEWORKER.email, detail: 'OpenID Connect' });
    db.close();
  });

  it('refuses someone the provider knows but the portal does not, and says what to do', async () => {
    const visitor = new Visitor(server);
    const back = await signInAt(visitor, 'stranger@example.gov.uk');
    expect(back.response.status).toBe(403);
    expect(back.html).toContain('Ask a manager to add you.');
    expect(visitor.cookie('portal_staff')).toBeUndefined();
  });

  it('refuses a callback that did not start here (no state cookie) or was tampered with', async () => {
    const visitor = new Visitor(server);
    const forged = await visitor.get('/staff/oidc/callback/?code=made-up&state=made-up');
    expect(forged.response.status).toBe(403);
    expect(forged.html).toContain('Start again');
    expect(visitor.cookie('portal_staff')).toBeUndefined();
  });
});
