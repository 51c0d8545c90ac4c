// A tiny browser for the service tests: keeps cookies per path, follows no redirects by
// itself (the tests check each one), and reads the CSRF token from the page it was given.
import { spawn } from 'node:child_process';
import { root, type Server } from './server.ts';

export class Visitor {
  #cookies = new Map<string, string>();
  constructor(readonly server: Server) {}

  cookie(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  #remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (!value || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<{ response: Response; html: string }> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) headers.set('Cookie', [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const url = path.startsWith('http') ? path : `${this.server.url}${path}`;
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.#remember(response);
    return { response, html: await response.text() };
  }

  get(path: string) {
    return this.request(path);
  }

  post(path: string, fields: Record<string, string>) {
    return this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: this.server.origin },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Opens the page, then posts its form with the page's own CSRF token. */
  async submit(path: string, fields: Record<string, string>) {
    const page = await this.get(path);
    return this.post(path, { _csrf: csrfFrom(page.html), ...fields });
  }

  async signIn(email: string, password: string) {
    const page = await this.get('/staff/sign-in/');
    return this.post('/staff/sign-in/', { _csrf: csrfFrom(page.html), email, password });
  }
}

export function csrfFrom(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/**
 * Runs one of the project's scripts with DATA_DIR set. Asynchronous on purpose: a blocking spawn
 * stops this process noticing the server closing an idle kept-alive connection, and the next
 * fetch on it then fails.
 */
export function runScript(script: string, args: string[], dataDir: string, input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', script, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** `npm run staff -- …` against the server's DATA_DIR, with the password on standard input. */
export const staffCli = (dataDir: string, args: string[], password?: string) =>
  runScript('scripts/staff.ts', args, dataDir, password === undefined ? '' : `${password}\n`);

export const NOTIFY_KEY = 'portal_tests-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222';
export const NOTIFY_TEMPLATES = {
  ackEmail: 'b0000000-0000-4000-8000-000000000001',
  ackSms: 'b0000000-0000-4000-8000-000000000002',
  updateEmail: 'b0000000-0000-4000-8000-000000000003',
  updateSms: 'b0000000-0000-4000-8000-000000000004',
};

export function notifyEnv(baseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NOTIFY_API_KEY: NOTIFY_KEY,
    NOTIFY_BASE_URL: baseUrl,
    NOTIFY_TEMPLATE_ACK_EMAIL: NOTIFY_TEMPLATES.ackEmail,
    NOTIFY_TEMPLATE_ACK_SMS: NOTIFY_TEMPLATES.ackSms,
    NOTIFY_TEMPLATE_UPDATE_EMAIL: NOTIFY_TEMPLATES.updateEmail,
    NOTIFY_TEMPLATE_UPDATE_SMS: NOTIFY_TEMPLATES.updateSms,
    OUTBOX_INTERVAL_MS: '100',
    ...extra,
  };
}

export async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
