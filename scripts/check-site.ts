// `npm run check:site`, run by `npm test` after the build: byte budgets, no scripts on reading
// pages, fonts per script (and every character the pages use still in the cut-down fonts), every internal link and asset, and HTML validation, on the real built
// site in dist/client. Sizes only: timings depend on the machine, so they are never asserted.
import fs from 'node:fs';
import path from 'node:path';
import { listHtmlPages, fileAssetReader } from '../src/perf/site-files.ts';
import { createWeigher } from '../src/perf/page-weight.ts';
import { adviceWeightBudget, fontBudget, noScriptBudget, type BudgetResult } from '../src/perf/budgets.ts';
import { allowedFontFiles } from '../src/perf/fonts.ts';
import { fontCoverageBudget } from '../src/perf/font-coverage.ts';
import { weightTable } from '../src/perf/report.ts';
import { checkBuiltLinks } from '../src/perf/links.ts';
import { validateHtmlFiles } from '../src/perf/html-validation.ts';
import { table } from '../src/perf/stats.ts';

const root = path.resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist/client');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const pages = listHtmlPages(root);
const readAsset = fileAssetReader(root);
const weigh = createWeigher(readAsset);
const htmls = pages.map((p) => fs.readFileSync(p.file, 'utf8'));
const weights = pages.map((p, i) => weigh(p.url, htmls[i] ?? ''));
console.log(`Built site: ${pages.length} pages in ${path.relative(process.cwd(), root) || '.'}\n`);
console.log(weightTable(weights));

const results: BudgetResult[] = [
  adviceWeightBudget(weights),
  noScriptBudget(weights),
  fontBudget(weights, allowedFontFiles),
  await fontCoverageBudget(weights.map((w, i) => ({ url: w.url, lang: w.lang, html: htmls[i] ?? '' })), readAsset),
];

// The site's own address, as the build used it for absolute links (hreflang alternates).
const { default: astroConfig } = await import('../astro.config.mjs');
const links = await checkBuiltLinks(root, { site: astroConfig.site });
results.push({
  name: 'Broken internal links and asset references',
  measured: `${links.broken.length} of ${links.checked}`,
  budget: '0',
  ok: links.checked > 0 && links.broken.length === 0,
  problems: links.broken.map((b) => `${b.from} -> ${b.to}: ${b.reason}`),
});

const html = await validateHtmlFiles(pages.map((p) => p.file), path.resolve(import.meta.dirname, '..', '.htmlvalidate.mjs'));
results.push({
  name: 'HTML validation errors (html-validate)',
  measured: `${html.length} in ${new Set(html.map((h) => h.file)).size} of ${pages.length} pages`,
  budget: '0',
  ok: html.length === 0,
  problems: byRule(html),
});

console.log(`\n${table([['check', 'measured', 'budget', ''], ...results.map((r) => [r.name, r.measured, r.budget, r.ok ? 'ok' : 'FAILED'])], 1)}`);
const failed = results.filter((r) => !r.ok);
for (const r of failed) {
  console.log(`\n${r.name}:`);
  for (const p of r.problems.slice(0, 40)) console.log(`  - ${p}`);
  if (r.problems.length > 40) console.log(`  … and ${r.problems.length - 40} more`);
}
console.log(failed.length ? `\n${failed.length} check(s) failed.` : '\nAll built site checks passed.');
process.exit(failed.length ? 1 : 0);

/** One line per rule broken: how often, on how many pages, and the first place it happens. */
function byRule(problems: Awaited<ReturnType<typeof validateHtmlFiles>>): string[] {
  const rules = Map.groupBy(problems, (p) => p.rule);
  return [...rules].map(([rule, list]) => {
    const first = list[0]!;
    const files = new Set(list.map((p) => p.file)).size;
    return `${rule}: ${list.length} times on ${files} pages, first ${path.relative(root, first.file)}:${first.line}:${first.column}: ${first.message}`;
  });
}
