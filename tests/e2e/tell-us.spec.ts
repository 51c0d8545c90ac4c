// "Tell us what you think" in Chromium: an anonymous complaint with JavaScript off (English),
// and a comment with a reply by email with JavaScript on (Urdu, right to left): errors, check
// your answers, the confirmation with the complaints promise and the reference; axe on each page.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/site.ts';
import { expectErrorSummary, fill, prefix, storedRows, strings, type Answers } from './forms.helpers.ts';

const REFERENCE = /^[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}$/;

async function axe(page: Page, js: boolean, what: string) {
  if (js) expect(await axeViolations(page), what).toEqual([]);
}

for (const { lang, js } of [{ lang: 'en', js: false }, { lang: 'ur', js: true }]) {
  test.describe(`tell us what you think in ${lang}, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });

    test('errors, check your answers, send, confirmation with the promise', async ({ page }) => {
      const t = strings(lang);
      await page.goto(`${prefix(lang)}/ask/tell-us-what-you-think/`);
      await expect(page.locator('h1').first()).toHaveText(t('tell.title'));
      await axe(page, js, 'blank form');
      await page.locator('[data-submit]').click();
      await expectErrorSummary(page, ['tell.kind.error.required', 'tell.about.error.required', 'tell.whatHappened.error.required', 'tell.reply.error.required'].map((k) => t(k)));
      await axe(page, js, 'errors');
      const answers: Answers = js
        ? { kind: 'comment', about: 'یہ ویب سائٹ', whatHappened: 'آسان پڑھنے والے صفحات بہت اچھے ہیں', reply: 'yes', name: 'عائشہ خان', contactMethod: 'email', contactEmail: 'aisha@example.com', contactLanguage: 'ur', interpreter: 'no' }
        : { kind: 'complaint', about: 'My care assessment', whatHappened: 'Nobody rang me back.', putRight: 'A call back', reply: 'no' };
      await fill(page, answers);
      await page.locator('[data-submit]').click();
      await expect(page.locator('h1')).toHaveText(t('common.check.title'));
      await axe(page, js, 'check your answers');
      await page.locator('[data-send]').click();
      await expect(page.locator('h1')).toHaveText(t('common.done.title'));
      const reference = (await page.locator('.reference').first().textContent())?.trim() ?? '';
      expect(reference).toMatch(REFERENCE);
      await expect(page.locator('[data-promise]')).toHaveText(t('tell.done.promise'));
      await axe(page, js, 'confirmation');
      const [row] = storedRows(reference);
      expect(row?.form).toBe('tell-us-what-you-think');
      if (js) expect(row?.answers).toMatchObject({ name: 'عائشہ خان', contactEmail: 'aisha@example.com' });
      else expect(row?.answers).toEqual({ kind: 'complaint', about: 'My care assessment', whatHappened: 'Nobody rang me back.', putRight: 'A call back', reply: 'no' });
    });
  });
}

test('the complaints and feedback page links to the form in every language', async ({ page }) => {
  for (const lang of ['en', 'gu', 'so']) {
    await page.goto(`${prefix(lang)}/complaints-and-feedback/`);
    await expect(page.locator('.related-forms a[href$="/ask/tell-us-what-you-think/"]')).toHaveText(strings(lang)('tell.title'));
  }
});
