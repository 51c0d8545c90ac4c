// Nothing typed is lost: answers saved on the device, restored after a reload and after
// switching language, cleared on request and after sending; copies to print or download;
// and on static hosting (no API) the referral form says how to print and phone instead.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { fill, needsAnswers, strings, watchForProblems } from './forms.helpers.ts';

test('answers are saved as you go, survive a reload and a change of language, and can be cleared', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/ask/needs-assessment/');
  await expect(page.locator('[data-save-notice]')).toBeVisible();
  await fill(page, { who: 'someone-else', referrerName: 'Ann Smith', name: 'Bob Smith', postcode: 'LE1 1AA', areas: ['food', 'work'] });
  await page.locator('[name="postcode"]').blur();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('Bob Smith')));

  await page.reload();
  await expect(page.locator('[name="name"]')).toHaveValue('Bob Smith');
  await expect(page.locator('[name="referrerName"]')).toHaveValue('Ann Smith');
  await expect(page.locator('[name="areas"][value="work"]')).toBeChecked();
  await expect(page.locator('[data-section="referrer"]')).toBeVisible();
  await expect(page.locator('[data-save-status]')).toHaveText(strings('en')('common.saved.restored'));

  // The language switcher keeps the same page, and the answers come back in Arabic.
  await page.locator('.lang-bar a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/ask\/needs-assessment\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[name="name"]')).toHaveValue('Bob Smith');
  await expect(page.locator('[name="who"][value="someone-else"]')).toBeChecked();

  await page.locator('[data-clear-answers]').click();
  await expect(page.locator('[name="name"]')).toHaveValue('');
  await expect(page.locator('[data-save-status]')).toHaveText(strings('ar')('common.saved.cleared'));
  await page.reload();
  await expect(page.locator('[name="name"]')).toHaveValue('');
  expect(problems).toEqual([]);
});

test('a self-check keeps its answers when you go back from the result', async ({ page }) => {
  await page.goto('/check/will-i-have-to-pay/');
  await fill(page, { setting: 'home', savings: '14,250', otherProperty: 'no' });
  await page.locator('[data-submit]').click();
  await expect(page.locator('[data-result] [data-show="band:not-counted"]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-form-part]')).toBeVisible();
  await expect(page.locator('[name="savings"]')).toHaveValue('14,250');
});

test('check your answers: download a copy in the browser, print button, then sending clears the device', async ({ page }) => {
  await page.goto('/ask/needs-assessment/');
  await fill(page, needsAnswers);
  await page.locator('[data-submit]').click();
  await expect(page.locator('[data-print]').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
  expect(download.suggestedFilename()).toBe('needs-assessment-answers.txt');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('Ann O’Neill');
  expect(text).toContain('LE1 1AA');
  expect(text).toContain(strings('en')('areas.toilet'));

  await page.locator('[data-send]').click();
  await expect(page.locator('.reference')).toBeVisible();
  await page.goto('/ask/needs-assessment/');
  await expect(page.locator('[name="name"]')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Download your answers" comes from the server as a text file', async ({ page, request }) => {
    await page.goto('/ask/carers-assessment/');
    // Nothing is saved without JavaScript, so nothing says it is.
    await expect(page.locator('[data-save-notice]')).toBeHidden();
    const response = await request.post('/ask/carers-assessment/send/', {
      headers: { Origin: new URL(page.url()).origin },
      form: { _action: 'download', name: 'Sam Patel', postcode: 'LE3 3CC' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="carers-assessment-answers.txt"');
    expect(await response.text()).toContain('Sam Patel');
  });
});

test('on static hosting (no API) a referral form says to print or download and phone', async ({ page }) => {
  await page.route('**/api/submissions/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
  await page.goto('/ask/carers-assessment/');
  await expect(page.locator('[data-no-server-notice]')).toBeVisible();
  await expect(page.locator('[data-submit]')).toBeHidden();
  await fill(page, { name: 'Sam Patel' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-copy-tools] [data-download]').click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('Sam Patel');
});

test('on static hosting a self-check still gives its result (it never needs the server)', async ({ page }) => {
  await page.route('**/check/**/result/', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.route('**/api/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/check/could-i-get-help/');
  await fill(page, { condition: 'yes', food: 'cannot', hygiene: 'cannot', toilet: 'can', dressed: 'can', 'home-safety': 'can', 'home-habitable': 'can', relationships: 'can', work: 'can', services: 'can', child: 'not-apply', wellbeing: 'some' });
  await page.locator('[data-submit]').click();
  await expect(page.locator('[data-result] [data-show="level:possible"]')).toBeVisible();
});
