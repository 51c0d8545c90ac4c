// `npm run bench:lighthouse`: Lighthouse (mobile, simulated slow 4G and a slow processor: its
// defaults, an old phone) on the built portal served by scripts/serve.mjs on a spare loopback
// port, with Debian's Chromium. Per language: home, an advice page, its easy read version and
// the search page. Prints the four scores per page and every audit that kept a score below 100.
//   npm run bench:lighthouse -- --langs en,gu --slug carers --runs 3
// Scores are printed, not asserted: performance depends on the machine's load. With --runs N each
// page is measured N times and the median shown with the lowest and highest performance, as
// Lighthouse's own guidance on variability advises.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { langCodes, type LangCode } from '../../src/i18n/languages.ts';
import { localizedPath } from '../../src/routing/paths.ts';
import { freePort } from '../../src/perf/free-port.ts';
import { CATEGORIES, medianOfRuns, summarize, type LighthouseResult, type PageScores } from '../../src/perf/lighthouse-summary.ts';
import { median, table } from '../../src/perf/stats.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { langs: { type: 'string', default: langCodes.join(',') }, slug: { type: 'string', default: 'carers' }, runs: { type: 'string', default: '1' } },
});
const runsPerPage = Number(values.runs);
if (!Number.isInteger(runsPerPage) || runsPerPage < 1) {
  console.error('--runs must be a whole number of at least 1');
  process.exit(2);
}
const langs = values.langs.split(',').filter((l): l is LangCode => (langCodes as string[]).includes(l));
if (!fs.existsSync(path.join(root, 'dist/server/entry.mjs'))) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}

// The flags that let Chromium run headless here with no network beyond loopback (TOOLCHAIN.md).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lighthouse-'));
const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  await waitForServer(origin, server);
  chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const pages = langs.flatMap((lang) => [
    ['home', localizedPath(lang)],
    ['advice', localizedPath(lang, values.slug)],
    ['easy read', localizedPath(lang, `${values.slug}/easy-read`)],
    ['search', localizedPath(lang, 'search')],
  ] as const);
  const rows: string[][] = [['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO']];
  const shortfalls = new Map<string, string[]>();
  const benchmarks: number[] = [];
  for (const [kind, pagePath] of pages) {
    const runs: PageScores[] = [];
    for (let i = 0; i < runsPerPage; i++) {
      const result = await lighthouse(`${origin}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse gave no result for ${pagePath}`);
      const lhr = result.lhr as unknown as LighthouseResult;
      runs.push(summarize(lhr));
      if (lhr.environment?.benchmarkIndex) benchmarks.push(lhr.environment.benchmarkIndex);
    }
    const { scores, shortfalls: why, performanceRange } = medianOfRuns(runs);
    const spread = runsPerPage > 1 && performanceRange ? ` (${performanceRange[0]}-${performanceRange[1]})` : '';
    rows.push([kind, pagePath, ...CATEGORIES.map((c) => (scores[c] === null ? '-' : `${scores[c]}${c === 'performance' ? spread : ''}`))]);
    console.log(`${pagePath}: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? '-'}`).join(', ')}${spread ? `, performance over ${runsPerPage} runs ${spread.trim()}` : ''}`);
    for (const w of why) shortfalls.set(w, [...(shortfalls.get(w) ?? []), pagePath]);
  }
  const each = runsPerPage > 1 ? `, median of ${runsPerPage} runs per page (lowest-highest performance in brackets)` : '';
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}${each}\n`);
  console.log(table(rows, 2));
  // Lighthouse simulates a phone 4 times slower than the machine it runs on, calibrated for a
  // machine that scores about 1,000 or more; below that, processor time is overstated.
  console.log(`\nLighthouse's processor benchmark on this machine: median ${median(benchmarks).toFixed(0)} (range ${Math.min(...benchmarks).toFixed(0)} to ${Math.max(...benchmarks).toFixed(0)}).`);
  if (shortfalls.size) {
    console.log(`\nWhat kept a score below 100 (audit, and the pages it failed on${runsPerPage > 1 ? ', in each page\'s median run' : ''}):`);
    for (const [audit, on] of shortfalls) console.log(`- ${audit}: ${on.length} page(s): ${on.slice(0, 6).join(' ')}${on.length > 6 ? ' …' : ''}`);
  } else console.log('\nEvery score is 100.');
} finally {
  chrome?.kill();
  stop(server);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error('The server stopped while starting');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer at ${url}`);
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGTERM');
}
