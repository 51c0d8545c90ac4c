// The two self-checks, end to end, in English and Arabic, with and without JavaScript:
// errors, the result the answers lead to, and changing the answers.
import { expect, test, type Page } from '@playwright/test';
import { couldAnswers, expectErrorSummary, fill, payAnswers, prefix, strings, watchForProblems } from './forms.helpers.ts';
import { formatPounds } from '../../src/i18n/format.ts';

async function submit(page: Page, js: boolean, expected: number) {
  const button = page.locator('[data-submit]');
  if (js) return button.click();
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/result/')), button.click()]);
  expect(response.status()).toBe(expected);
}

for (const js of [true, false]) {
  for (const lang of ['en', 'ar'] as const) {
    test.describe(`self-checks in ${lang} ${js ? 'with' : 'without'} JavaScript`, () => {
      test.use({ javaScriptEnabled: js });

      test('could I get help: errors, result, support sequence, change answers', async ({ page }) => {
        const t = strings(lang);
        const problems = watchForProblems(page);
        await page.goto(`${prefix(lang)}/check/could-i-get-help/`);
        await submit(page, js, 422);
        const ids = ['condition', 'food', 'hygiene', 'toilet', 'dressed', 'home-safety', 'home-habitable', 'relationships', 'work', 'services', 'child', 'wellbeing'];
        await expectErrorSummary(page, ids.map((id) => t(`could.${id}.error.required`)));

        await fill(page, couldAnswers);
        await submit(page, js, 200);
        const result = page.locator('[data-result]');
        await expect(result.locator('h1')).toHaveText(t('could.result.title'));
        await expect(result.locator('[data-show="level:likely"]')).toBeVisible();
        await expect(result.locator('[data-show="level:unlikely"]')).toBeHidden();
        await expect(result.locator('[data-show="area:food"]')).toBeVisible();
        await expect(result.locator('[data-show="area:hygiene"]')).toBeVisible();
        await expect(result.locator('[data-show="area:toilet"]')).toBeHidden();
        await expect(result.locator('.support-sequence li')).toHaveCount(5);
        await expect(result.locator(`a[href="${prefix(lang)}/ask/needs-assessment/"]`)).toBeVisible();

        await result.locator('[data-change-answers]').click();
        await expect(page.locator('[name="food"][value="cannot"]')).toBeChecked();
        await expect(page.locator('[name="hygiene"][value="hard"]')).toBeChecked();
        await page.locator('[name="hygiene"][value="can"]').check();
        await submit(page, js, 200);
        await expect(page.locator('[data-result] [data-show="level:unlikely"]')).toBeVisible();
        expect(problems).toEqual([]);
      });

      test('will I have to pay: errors, a care home with the home counted, change answers', async ({ page }) => {
        const t = strings(lang);
        const problems = watchForProblems(page);
        await page.goto(`${prefix(lang)}/check/will-i-have-to-pay/`);
        await submit(page, js, 422);
        await expectErrorSummary(page, ['pay.setting.error.required', 'pay.savings.error.required', 'pay.otherProperty.error.required'].map((k) => t(k)));

        await fill(page, { ...payAnswers, savings: 'lots' });
        await submit(page, js, 422);
        await expectErrorSummary(page, [t('pay.savings.error.format')]);
        await expect(page.locator('[name="homeValue"]')).toHaveValue('150,000');

        await fill(page, { savings: '5,000' });
        await submit(page, js, 200);
        const result = page.locator('[data-result]');
        await expect(result.locator('[data-show="band:full-cost"]')).toBeVisible();
        await expect(result.locator('[data-show="band:not-counted"]')).toBeHidden();
        await expect(result.locator('[data-show="home:counted"]')).toBeVisible();
        await expect(result.locator('[data-slot-key]')).toHaveText(t('pay.result.counted', { amount: formatPounds(lang, 155_000) }));
        await expect(result).toContainText(formatPounds(lang, 23_250, { maximumFractionDigits: 0 }));

        await result.locator('[data-change-answers]').click();
        await page.locator('[name="partnerStays"][value="yes"]').check();
        await submit(page, js, 200);
        await expect(page.locator('[data-result] [data-show="band:not-counted"]')).toBeVisible();
        await expect(page.locator('[data-result] [data-show="home:not-counted-someone-stays"]')).toBeVisible();
        expect(problems).toEqual([]);
      });
    });
  }
}
