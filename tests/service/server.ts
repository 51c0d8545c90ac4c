// Starts the built portal server (scripts/serve.mjs) as a child process on a free loopback
// port with its own temporary DATA_DIR, and keeps everything it logs for the tests to read.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../../src/perf/free-port.ts';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface Server {
  url: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  logs: () => string;
  /** Ends the process the hard way (no shutdown hooks run): as a crash or power cut would. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'portal-submissions-'));
}

export async function startServer(options: { dataDir?: string; env?: Record<string, string>; port?: number } = {}): Promise<Server> {
  if (!fs.existsSync(path.join(root, 'dist/server/entry.mjs'))) throw new Error('Build the site first: npm run build');
  const dataDir = options.dataDir ?? tempDataDir();
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SUBMISSIONS_RATE_LIMIT: '100000/60', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const r = await fetch(`${url}/api/submissions/`);
      if (r.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    origin: url,
    dataDir,
    child,
    logs: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A valid needs-assessment request, as the page script sends it. */
export function needsPayload(key: string, overrides: Record<string, unknown> = {}) {
  return {
    form: 'needs-assessment',
    lang: 'en',
    idempotencyKey: key,
    website: '',
    answers: {
      who: 'myself',
      name: 'Zebedee Quill',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1950',
      address: '1 Marigold Street',
      postcode: 'LE1 1AA',
      needsDescription: 'Cooking is hard',
      urgent: 'no',
      contactMethod: 'email',
      contactEmail: 'zebedee.quill@example.com',
      contactLanguage: 'en',
      interpreter: 'no',
    },
    ...overrides,
  };
}

export async function postJson(server: Server, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/submissions/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
