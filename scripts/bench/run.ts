// `npm run bench`: builds a synthetic corpus of about 5,000 pages with the real site code in a
// temporary copy of the project, runs Pagefind, and prints figures: build and Pagefind time,
// peak memory, pages per second, per-page bytes and the search index per language.
//   npm run bench -- --pages 1250     another size
//   npm run bench -- --scaling        1,250, 2,500 and 5,000 pages, and time per page at each
//   npm run bench -- --keep           leave the temporary copy for a look (its path is printed)
// Timings are figures for people to read, never assertions: they depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPools } from './pool.ts';
import { generateCorpus, topicsFor, PAGES_PER_TOPIC } from './corpus.ts';
import { createWorkspace, removeWorkspace } from './workspace.ts';
import { timedRun, type RunFigures } from './timed-run.ts';
import { listHtmlPages, fileAssetReader } from '../../src/perf/site-files.ts';
import { createWeigher } from '../../src/perf/page-weight.ts';
import { weightTable } from '../../src/perf/report.ts';
import { pagefindIndexSizes } from '../../src/perf/pagefind-sizes.ts';
import { scalingTable, type SizeRun } from '../../src/perf/scaling.ts';
import { astroPhases } from '../../src/perf/astro-phases.ts';
import { formatBytes, table } from '../../src/perf/stats.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { pages: { type: 'string', default: '5000' }, scaling: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const sizes = values.scaling ? [1250, 2500, 5000] : [Number(values.pages)];
if (sizes.some((n) => !Number.isInteger(n) || n < PAGES_PER_TOPIC)) {
  console.error(`--pages must be a whole number of at least ${PAGES_PER_TOPIC}`);
  process.exit(2);
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const node = process.execPath;
let current: string | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current && !values.keep) removeWorkspace(current);
    process.exit(130);
  });
}

console.log(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}`);
console.log(`Load average when starting: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} (other work on the machine slows every figure below)`);

const pools = readPools(projectRoot);
const runs: SizeRun[] = [];
for (const size of sizes) {
  const topics = topicsFor(size);
  const corpus = generateCorpus(pools, topics);
  console.log(`\n=== ${topics} topics × ${PAGES_PER_TOPIC / 2} languages × plain and easy read: ${(topics * PAGES_PER_TOPIC).toLocaleString('en-GB')} advice pages (${corpus.length.toLocaleString('en-GB')} MDX files; missing translations show the English) ===`);
  const dir = createWorkspace(projectRoot, corpus);
  current = dir;
  try {
    const env = { ...process.env, PORTAL_ROOT: dir, ASTRO_TELEMETRY_DISABLED: '1' };
    const build = await timedRun(node, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env });
    mustPass('astro build', build);
    const pagefind = await timedRun(node, [path.join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist/client'], { cwd: dir, env });
    mustPass('pagefind', pagefind);

    const client = path.join(dir, 'dist', 'client');
    const pages = listHtmlPages(client);
    const weigh = createWeigher(fileAssetReader(client));
    const weights = pages.map((p) => weigh(p.url, fs.readFileSync(p.file, 'utf8')));
    const phases = astroPhases(build.log);
    runs.push({
      pages: pages.length, buildSeconds: build.seconds, buildCpuSeconds: build.cpuSeconds, ...phases,
      pagefindSeconds: pagefind.seconds, peakBytes: Math.max(build.peakBytes, pagefind.peakBytes),
    });

    console.log(table([
      ['', 'wall time', 'processor time', 'pages per second (wall)', 'peak memory'],
      ['astro build', `${build.seconds.toFixed(1)} s`, `${build.cpuSeconds.toFixed(1)} s`, (pages.length / build.seconds).toFixed(1), gb(build.peakBytes)],
      ['  of which Vite bundling (compiles the MDX)', `${phases.bundleSeconds.toFixed(1)} s`, '', '', ''],
      ['  of which rendering the pages', `${phases.renderSeconds.toFixed(1)} s`, '', (pages.length / phases.renderSeconds).toFixed(1), ''],
      ['pagefind', `${pagefind.seconds.toFixed(1)} s`, `${pagefind.cpuSeconds.toFixed(1)} s`, (pages.length / pagefind.seconds).toFixed(1), gb(pagefind.peakBytes)],
    ]));
    console.log(`\nBuilt ${pages.length.toLocaleString('en-GB')} HTML pages. Bytes per page:`);
    console.log(weightTable(weights));
    console.log('\nSearch index per language (Pagefind; its files are already compressed):');
    console.log(indexTable(client));
    if (values.keep) console.log(`\nKept: ${dir}`);
  } finally {
    if (!values.keep) removeWorkspace(dir);
    current = undefined;
  }
}

if (runs.length > 1) {
  console.log('\n=== Does build work grow in proportion to pages? ===');
  console.log(scalingTable(runs));
  console.log('Time per page roughly flat means linear; growing with size would mean work done per page over all pages.');
}

function mustPass(name: string, run: RunFigures): void {
  if (run.exitCode === 0) return;
  console.error(`\n${name} failed (exit ${run.exitCode}). Its last output:\n${run.tail}`);
  throw new Error(`${name} failed`);
}

function indexTable(client: string): string {
  const dir = path.join(client, 'pagefind');
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((rel) => ({ path: rel.split(path.sep).join('/'), full: path.join(dir, rel) }))
    .filter((f) => fs.statSync(f.full).isFile())
    .map((f) => ({ path: f.path, bytes: fs.statSync(f.full).size }));
  const sizes = pagefindIndexSizes(entry, files);
  return table([
    ['language', 'pages indexed', 'index (words, meta, filters)', 'result fragments', 'files'],
    ...sizes.map((s) => [s.lang, String(s.pages), formatBytes(s.indexBytes), formatBytes(s.fragmentBytes), String(s.files)]),
  ]);
}
