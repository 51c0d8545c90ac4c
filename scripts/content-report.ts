// `npm run content:report`: the content check as a short Markdown report, to read or to post
// on a pull request. It uses the content lint and the translation status, and fails (exit
// code 1) only when the lint finds errors or a translation record is broken.
//   --out <file>           also write the report to a file
//   --changed-from <ref>   show reading levels for pages changed since a git ref (e.g. origin/main)
//   --link-base <url>      link each file, e.g. https://github.com/owner/repo/blob/<commit>/
//   --quiet                print only the summary line (with --out, for `npm test`)
// When DATA_DIR (default data/) holds the portal's database, "Was this page useful?" is added.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { collectProjectReport, reportFails } from '../src/report/collect.ts';
import { renderReport } from '../src/report/markdown.ts';
import { readUsefulness, renderUsefulness } from '../src/report/usefulness.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

function changedSince(ref: string): string[] | undefined {
  try {
    return execFileSync('git', ['diff', '--name-only', `${ref}...HEAD`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    console.error(`Could not compare with "${ref}", so reading levels of changed pages are left out.`);
    return undefined;
  }
}

const from = option('--changed-from');
const changedFiles = from ? changedSince(from) : undefined;
const input = collectProjectReport(changedFiles ? { changedFiles } : {});
const linkBase = option('--link-base');
// With the portal's database at hand (DATA_DIR, default data/), what residents said of each page.
const report = renderReport(input, linkBase ? { linkBase } : {}) + renderUsefulness(readUsefulness(process.env.DATA_DIR ?? 'data'));
const out = option('--out');
if (out) fs.writeFileSync(out, report);
if (process.argv.includes('--quiet')) {
  const summary = report.split('\n').find((l) => /^(✅|❌)/.test(l)) ?? '';
  console.log(`${summary.replace(/\*\*/g, '')}${out ? ` The report is in ${out}.` : ''}`);
} else {
  console.log(report);
}
process.exit(reportFails(input) ? 1 : 0);
