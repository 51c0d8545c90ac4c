// `npm test`: every check the portal has, in order, with one summary line at the end.
// Steps after a failed build are skipped (they need the built site); other failures are
// collected so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const only = process.argv.slice(2);

/** name, command, and how to count tests from its output file (if it has one). */
const steps = [
  { name: 'translation status', cmd: ['npm', 'run', '--silent', 'content:status'], optional: true },
  { name: 'content lint', cmd: ['npm', 'run', '--silent', 'lint:content'] },
  { name: 'content report (for pull requests)', cmd: ['npm', 'run', '--silent', 'content:report'], args: ['--', '--quiet', '--out', path.join('test-results', 'content-report.md')], optional: true },
  { name: 'type check (astro check)', cmd: ['npx', 'astro', 'check'] },
  { name: 'unit tests (vitest)', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest.json')}`], count: () => countVitest('vitest.json') },
  { name: 'build and search index', cmd: ['npm', 'run', '--silent', 'build'], needed: true },
  { name: 'built site tests (vitest)', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest-built.json')}`], env: { VITEST_BUILT: '1' }, count: () => countVitest('vitest-built.json') },
  { name: 'submission service tests (vitest, built server)', cmd: ['npx', 'vitest', 'run', '--config', 'tests/service/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest-service.json')}`], count: () => countVitest('vitest-service.json') },
  { name: 'built site checks', cmd: ['npm', 'run', '--silent', 'check:site'], optional: true },
  { name: 'end-to-end and accessibility tests (Playwright, axe)', cmd: ['npx', 'playwright', 'test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'playwright.json'), PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(results, 'playwright.json') }, args: ['--reporter=list,json'], count: countPlaywright },
];

const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
let passed = 0;
let failed = 0;
const summary = [];
let buildFailed = false;

for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  const script = step.cmd[0] === 'npm' ? step.cmd.at(-1) : undefined;
  if (step.optional && script && !scripts[script]) continue;
  if (buildFailed) {
    summary.push(`- ${step.name}: skipped (the build failed)`);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], [...step.cmd.slice(1), ...(step.args ?? [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --disable-warning=ExperimentalWarning`.trim() },
  });
  const ok = run.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const counted = step.count?.();
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    if (!ok && counted.failed === 0) failed += 1;
    summary.push(`- ${step.name}: ${counted.passed} passed, ${counted.failed} failed (${seconds} s)`);
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`- ${step.name}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
  }
  if (!ok && step.needed) buildFailed = true;
}

function countVitest(file) {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  } catch {
    return undefined;
  }
}

function countPlaywright() {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(results, 'playwright.json'), 'utf8'));
    return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected };
  } catch {
    return undefined;
  }
}

console.log(`\n=== Summary ===\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
