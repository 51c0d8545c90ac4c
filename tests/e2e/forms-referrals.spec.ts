// The two referral forms, end to end, in English and in Arabic (right to left), with and
// without JavaScript: errors, check your answers, change an answer, send, confirmation,
// and the request stored exactly once under the reference the page shows.
import { expect, test, type Page } from '@playwright/test';
import { carersAnswers, expectErrorSummary, fill, needsAnswers, needsForSomeoneElse, prefix, storedRows, strings, watchForProblems, type Answers } from './forms.helpers.ts';

interface Case {
  form: 'needs-assessment' | 'carers-assessment';
  text: string;
  answers: Answers;
  emptyErrors: string[];
  firstField: string;
  nameField: string;
}

const cases: Case[] = [
  {
    form: 'needs-assessment',
    text: 'needs',
    answers: needsAnswers,
    emptyErrors: ['needs.who.error.required', 'needs.name.error.required', 'needs.dateOfBirth.error.required', 'needs.address.error.required', 'needs.postcode.error.required', 'needs.needsDescription.error.required', 'needs.urgent.error.required', 'contact.contactMethod.error.required', 'contact.contactLanguage.error.required', 'contact.interpreter.error.required'],
    firstField: 'f-who',
    nameField: 'name',
  },
  {
    form: 'carers-assessment',
    text: 'carers',
    answers: carersAnswers,
    emptyErrors: ['carers.name.error.required', 'carers.address.error.required', 'carers.postcode.error.required', 'carers.caredForName.error.required', 'carers.caredForRelationship.error.required', 'carers.livesWithYou.error.required', 'carers.caredForHasSupport.error.required', 'carers.tasks.error.required', 'carers.hours.error.required', 'carers.impactDescription.error.required', 'carers.continueCaring.error.required', 'carers.urgent.error.required', 'contact.contactMethod.error.required', 'contact.contactLanguage.error.required', 'contact.interpreter.error.required'],
    firstField: 'f-name',
    nameField: 'name',
  },
];

const REFERENCE = /^[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}$/;

/** Clicks a button that posts the page and returns the status of the page it loads. */
async function post(page: Page, click: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/send/')), click()]);
  return response.status();
}

for (const js of [true, false]) {
  for (const lang of ['en', 'ar']) {
    for (const c of cases) {
      test.describe(`${c.form} in ${lang} ${js ? 'with' : 'without'} JavaScript`, () => {
        test.use({ javaScriptEnabled: js });

        test('errors, check your answers, change, send, confirmation', async ({ page }) => {
          const t = strings(lang);
          const problems = watchForProblems(page);
          await page.goto(`${prefix(lang)}/ask/${c.form}/`);
          await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
          await expect(page.locator('[data-notice="draft"]')).toHaveCount(lang === 'en' ? 0 : 1);
          await expect(page.locator('h1').first()).toHaveText(t(`${c.text}.title`));

          // Nothing answered: every required question is listed, in page order.
          const continueButton = page.locator('[data-submit]');
          // With JavaScript the browser checks first and nothing is posted.
          if (js) await continueButton.click();
          else expect(await post(page, () => continueButton.click())).toBe(422);
          await expectErrorSummary(page, c.emptyErrors.map((k) => t(k)));
          await expect(page).toHaveTitle(new RegExp(`^${t('common.titleError', { title: '' }).trim()}`));
          await page.locator('[data-error-summary] li a').first().click();
          await expect(page.locator(`#${c.firstField}`)).toBeFocused();

          // Answered: check your answers lists them, and nothing typed was lost.
          const answers = lang === 'ar' && c.form === 'needs-assessment' ? needsForSomeoneElse : c.answers;
          await fill(page, answers);
          expect(await post(page, () => continueButton.click())).toBe(200);
          await expect(page.locator('h1')).toHaveText(t('common.check.title'));
          const nameRow = page.locator(`.summary-list__row[data-field="${c.nameField}"]`);
          await expect(nameRow.locator('.summary-list__value')).toHaveText(String(answers[c.nameField]));

          // Change one answer: back to the question with every answer kept.
          expect(await post(page, () => nameRow.locator('button').click())).toBe(200);
          const nameInput = page.locator(`[name="${c.nameField}"]`);
          await expect(nameInput).toHaveValue(String(answers[c.nameField]));
          await expect(page.locator('[name="postcode"]')).toHaveValue(String(answers.postcode));
          await nameInput.fill('Jo Bloggs-Smith');
          await post(page, () => continueButton.click());
          await expect(nameRow.locator('.summary-list__value')).toHaveText('Jo Bloggs-Smith');

          // Send: with JavaScript through the API first, then the confirmation page.
          const apiCall = js ? page.waitForResponse((r) => r.url().endsWith('/api/submissions/') && r.request().method() === 'POST') : null;
          expect(await post(page, () => page.locator('[data-send]').click())).toBe(200);
          if (apiCall) expect((await apiCall).status()).toBe(201);
          await expect(page.locator('h1')).toHaveText(t('common.done.title'));
          const reference = (await page.locator('.reference').textContent())?.trim() ?? '';
          expect(reference).toMatch(REFERENCE);
          await expect(page.locator('[data-waiting]')).toContainText(lang === 'en' ? (c.form === 'carers-assessment' ? '119 days' : '135 days') : '');
          const rows = storedRows(reference);
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ form: c.form, lang, answers: { name: 'Jo Bloggs-Smith' } });
          expect(problems).toEqual([]);
        });
      });
    }
  }
}
