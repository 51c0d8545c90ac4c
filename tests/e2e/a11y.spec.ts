import { expect, test } from '@playwright/test';
import { builtPages, fastAxeViolations, langOfPath, preloadAxe } from './support/site.ts';

// axe on every built page in every language, one test per language so failures say where.
const pages = builtPages();
const langs = ['en', 'gu', 'pa', 'ur', 'pl', 'so', 'ar'];

test.describe.configure({ mode: 'parallel' });

for (const lang of langs) {
  test(`axe finds no WCAG 2.2 A or AA violations on any ${lang} page`, async ({ page }) => {
    test.setTimeout(15 * 60_000);
    const mine = pages.filter((p) => langOfPath(p) === lang);
    expect(mine.length).toBeGreaterThan(0);
    const failures: Record<string, unknown> = {};
    await preloadAxe(page);
    for (const url of mine) {
      await page.goto(url);
      const violations = await fastAxeViolations(page);
      if (violations.length) failures[url] = violations;
    }
    expect(failures, `axe violations on ${lang} pages`).toEqual({});
  });
}
