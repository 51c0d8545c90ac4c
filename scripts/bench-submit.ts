// `npm run bench:submit`: submissions per second and p50/p99 latency at a few concurrency
// levels, against the built server on loopback with a throwaway DATA_DIR (so the figures
// include the fsync that makes each submission durable before it is acknowledged).
//   BENCH_REQUESTS=400 BENCH_CONCURRENCY=1,4,16,64 npm run bench:submit
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const levels = (process.env.BENCH_CONCURRENCY ?? '1,4,16,64').split(',').map(Number).filter((n) => n > 0);

if (!fs.existsSync(path.join(root, 'dist/server/entry.mjs'))) {
  process.stderr.write('Build the site first: npm run build\n');
  process.exit(1);
}

const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-submit-'));
const server = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SUBMISSIONS_RATE_LIMIT: '1000000/1' },
  stdio: 'ignore',
});
const url = `http://127.0.0.1:${port}/api/submissions/`;
const origin = `http://127.0.0.1:${port}`;

for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    if (tries > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function body(): string {
  return JSON.stringify({
    form: 'needs-assessment',
    lang: 'en',
    idempotencyKey: randomUUID(),
    answers: {
      who: 'myself', name: 'Bench Mark', 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1950',
      address: '1 Test Street', postcode: 'LE1 1AA', needsDescription: 'A benchmark request.', urgent: 'no',
      contactMethod: 'letter', contactLanguage: 'en', interpreter: 'no',
    },
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function run(concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t0 = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: body() });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 201) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { concurrency, requests: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

// A short warm-up so the first level does not pay for the server's start.
await run(2).catch(() => undefined);
const results = [];
for (const level of levels) results.push(await run(level));
server.kill('SIGTERM');
fs.rmSync(dataDir, { recursive: true, force: true });

const rows = results.map((r) => [String(r.concurrency), String(r.requests), r.perSecond.toFixed(1), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors)]);
const header = ['concurrency', 'requests', 'submissions/s', 'p50 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
process.stdout.write(`POST /api/submissions/ on loopback, SQLite WAL with synchronous=FULL, ${os.cpus().length} cores\n`);
process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
if (results.some((r) => r.errors > 0)) process.exitCode = 1;
