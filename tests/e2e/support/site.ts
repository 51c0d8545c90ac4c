import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const client = path.resolve(import.meta.dirname, '../../../dist/client');

/** Every built HTML page as a URL path, e.g. /gu/carers/easy-read/. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(client, path.dirname(full)).split(path.sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(client);
  return out.sort();
}

export function builtHtml(urlPath: string): string {
  return fs.readFileSync(path.join(client, urlPath, 'index.html'), 'utf8');
}

const codes = ['gu', 'pa', 'ur', 'pl', 'so', 'ar'];
export function langOfPath(urlPath: string): string {
  const first = urlPath.split('/')[1] ?? '';
  return codes.includes(first) ? first : 'en';
}

/**
 * WCAG 2.0, 2.1 and 2.2, levels A and AA. Rules switched off, each with its reason:
 * (none at present)
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const disabledAxeRules: { id: string; reason: string }[] = [];

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * For checking many pages with one browser page: axe is added to every document as it
 * loads, and only violations are collected. Much faster than injecting it page by page.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

export async function fastAxeViolations(page: Page) {
  const results = await page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])), resultTypes: ['violations'] });
    },
    { tags: axeTags, disabled: disabledAxeRules.map((r) => r.id) },
  );
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .disableRules(disabledAxeRules.map((r) => r.id))
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}
