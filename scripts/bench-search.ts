// `npm run bench:search`: for each language, the size of its Pagefind index on disk and
// the time from typing a query to results on the search page in Debian's Chromium.
// Figures only: nothing here passes or fails on a time. Needs a built site (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';

const root = path.resolve(import.meta.dirname, '..');
const pagefind = path.join(root, 'dist/client/pagefind');
if (!fs.existsSync(path.join(pagefind, 'pagefind-entry.json'))) {
  console.error('No search index: run `npm run build` first.');
  process.exit(1);
}
const entry = JSON.parse(fs.readFileSync(path.join(pagefind, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

function sizeOf(dir: string, prefix: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir).filter((f) => f.startsWith(prefix)).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}
const fragments = (lang: string) => {
  // Fragments are shared in one folder; count those whose page is in this language.
  const dir = path.join(pagefind, 'fragment');
  return fs.readdirSync(dir).filter((f) => f.startsWith(`${lang}_`)).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
};

const queries: Record<string, string> = { en: 'carers break', gu: 'સંભાળનો ખર્ચ', pa: 'ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', ur: 'کیئر کا خرچ', pl: 'przerwa w opiece', so: 'lacagta daryeelka', ar: 'هل علي أن أدفع' };
const port = 4431;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port), DATA_DIR: path.join(root, 'test-results/bench-data') }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunch);

console.log('Search, per language (index sizes on disk; time from typing to results in Chromium, median of 5)');
console.log('lang  pages  index KB  meta+filter KB  fragments KB  first search ms  later searches ms');
try {
  for (const [lang, info] of Object.entries(entry.languages)) {
    const index = sizeOf(path.join(pagefind, 'index'), `${lang}_`) / 1024;
    const meta = (sizeOf(pagefind, `pagefind.${lang}_`) + sizeOf(path.join(pagefind, 'filter'), `${lang}_`)) / 1024;
    const frag = fragments(lang) / 1024;
    const times: number[] = [];
    for (let run = 0; run < 6; run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}${lang === 'en' ? '' : `/${lang}`}/search/`);
      const started = Date.now();
      await page.locator('#search-query').fill(queries[lang] ?? 'care');
      await page.locator('#search-query').press('Enter');
      await page.locator('[data-search-list] > li').first().waitFor({ timeout: 30_000 });
      times.push(Date.now() - started);
      await page.close();
    }
    const [first, ...later] = times;
    const median = later.sort((a, b) => a - b)[Math.floor(later.length / 2)];
    console.log(`${lang.padEnd(4)}  ${String(info.page_count).padStart(5)}  ${index.toFixed(1).padStart(8)}  ${meta.toFixed(1).padStart(14)}  ${frag.toFixed(1).padStart(12)}  ${String(first).padStart(15)}  ${String(median).padStart(17)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
