import type { PageWeight } from './page-weight.ts';
import { formatBytes, median } from './stats.ts';

/** One budget: what was measured, the limit, and each page that broke it. */
export interface BudgetResult {
  name: string;
  measured: string;
  budget: string;
  ok: boolean;
  problems: string[];
}

/** Reading pages: advice in plain words and easy read, and the figures. */
export const ADVICE_KINDS = ['advice', 'easy-read'];
export const NO_SCRIPT_KINDS = ['advice', 'easy-read', 'figures'];

/** 12 KB gzip for the median advice page's HTML plus CSS: a second or two on a slow 3G phone. */
export const ADVICE_HTML_CSS_GZIP_LIMIT = 12 * 1024;

const ofKinds = (pages: readonly PageWeight[], kinds: readonly string[]) => pages.filter((p) => kinds.includes(p.kind ?? ''));

export function adviceWeightBudget(pages: readonly PageWeight[], limit = ADVICE_HTML_CSS_GZIP_LIMIT): BudgetResult {
  const advice = ofKinds(pages, ADVICE_KINDS);
  const sizes = advice.map((p) => p.html.gzip + p.css.gzip);
  const mid = median(sizes);
  const name = 'Advice page HTML + CSS, gzip (median)';
  if (advice.length === 0) return { name, measured: 'no advice pages', budget: `≤ ${formatBytes(limit)}`, ok: false, problems: ['no advice pages were found to measure'] };
  return {
    name,
    measured: `${formatBytes(mid)} (${advice.length} pages)`,
    budget: `≤ ${formatBytes(limit)}`,
    ok: mid <= limit,
    problems: mid <= limit ? [] : [`the median advice page needs ${formatBytes(mid)} of HTML and CSS (gzip), over ${formatBytes(limit)}`],
  };
}

export function noScriptBudget(pages: readonly PageWeight[], kinds: readonly string[] = NO_SCRIPT_KINDS): BudgetResult {
  const reading = ofKinds(pages, kinds);
  const withScript = reading.filter((p) => p.scriptCount > 0);
  return {
    name: `Pages with a script (${kinds.join(', ')})`,
    measured: `${withScript.length} of ${reading.length}`,
    budget: '0',
    ok: reading.length > 0 && withScript.length === 0,
    problems: reading.length === 0
      ? ['no advice or figures pages were found to check']
      : withScript.map((p) => `${p.url}: ${p.scriptCount} script(s); reading a page must not need JavaScript`),
  };
}

export function fontBudget(pages: readonly PageWeight[], allowedFor: (lang: string | undefined) => Set<string>): BudgetResult {
  const problems: string[] = [];
  for (const p of pages) {
    const allowed = allowedFor(p.lang);
    const extra = p.fontFiles.filter((f) => !allowed.has(f));
    if (extra.length) problems.push(`${p.url} (lang ${p.lang ?? 'none'}): loads ${extra.join(', ')}`);
  }
  return {
    name: "Pages loading a font not of their own script's subset",
    measured: `${problems.length} of ${pages.length}`,
    budget: '0',
    ok: pages.length > 0 && problems.length === 0,
    problems,
  };
}
