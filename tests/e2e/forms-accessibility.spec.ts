// axe (WCAG 2.2 A and AA rules) on every kind of form page, in English and Arabic: the
// blank form, the error state, check your answers, the confirmation and a check's result.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { carersAnswers, couldAnswers, fill, prefix } from './forms.helpers.ts';

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
}

// axe is slow on a small machine: each test checks a few pages and has time to do it.
test.describe.configure({ timeout: 180_000 });

for (const lang of ['en', 'ar']) {
  test(`blank form pages have no axe violations (${lang})`, async ({ page }) => {
    for (const path of ['ask/needs-assessment', 'ask/carers-assessment', 'ask/tell-us-what-you-think', 'check/could-i-get-help', 'check/will-i-have-to-pay']) {
      await page.goto(`${prefix(lang)}/${path}/`);
      await expectNoViolations(page, path);
    }
  });

  test(`errors, check your answers, confirmation and a result have no axe violations (${lang})`, async ({ page }) => {
    await page.goto(`${prefix(lang)}/ask/carers-assessment/`);
    await page.locator('[data-submit]').click();
    await expectNoViolations(page, 'errors');
    await fill(page, carersAnswers);
    await page.locator('[data-submit]').click();
    await expect(page.locator('[data-send]')).toBeVisible();
    await expectNoViolations(page, 'check your answers');
    await page.locator('[data-send]').click();
    await expect(page.locator('.reference')).toBeVisible();
    await expectNoViolations(page, 'confirmation');
    await page.goto(`${prefix(lang)}/check/could-i-get-help/`);
    await fill(page, couldAnswers);
    await page.locator('[data-submit]').click();
    await expect(page.locator('[data-result]')).toBeVisible();
    await expectNoViolations(page, 'result');
  });
}

test('the server-drawn error page (as a browser with no JavaScript gets it) has no axe violations', async ({ page, request, baseURL }) => {
  // axe itself needs JavaScript, so the page the server draws for a post with no script is
  // fetched as such and then checked in a normal page.
  const response = await request.post('/ask/needs-assessment/send/', { headers: { Origin: new URL(baseURL ?? '').origin }, form: { _action: 'review', who: 'myself' } });
  expect(response.status()).toBe(422);
  const html = await response.text();
  // Same address first, so the page's styles load as they would.
  await page.goto('/ask/needs-assessment/');
  await page.setContent(html);
  await expectNoViolations(page, 'errors drawn by the server');
});
