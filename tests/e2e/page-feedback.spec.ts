// "Was this page useful?" in Chromium: with JavaScript off and on, in English and Urdu (right to
// left), the vote, the optional comment with a too-long error that keeps what was typed, the
// thanks and the way back; axe on each page; managers see it at /staff/feedback/.
import { expect, test } from '@playwright/test';
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { startServer, tempDataDir, type Server } from '../service/server.ts';
import { staffCli } from '../service/staff-client.ts';
import { axeViolations } from './support/site.ts';
import { prefix, strings } from './forms.helpers.ts';

test.describe.configure({ mode: 'serial' });

let server: Server;
test.beforeAll(async () => {
  server = await startServer({ dataDir: tempDataDir() });
});
test.afterAll(async () => server?.stop());

for (const js of [false, true]) {
  for (const lang of ['en', 'ur']) {
    test(`${lang}, JavaScript ${js ? 'on' : 'off'}: no, then what I was looking for, then back to the page`, async ({ browser }) => {
      const t = strings(lang);
      const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: js });
      const page = await context.newPage();
      const pagePath = `${prefix(lang)}/carers/easy-read/`;
      await page.goto(pagePath);
      const block = page.locator('[data-page-feedback]');
      await expect(block.getByRole('group', { name: t('feedback.useful.question') })).toBeVisible();
      await block.getByRole('button', { name: t('feedback.useful.no') }).click();
      await expect(page.locator('h1')).toHaveText(t('feedback.thanks.title'));
      if (js) expect(await axeViolations(page)).toEqual([]);
      const box = page.getByLabel(t('feedback.comment.label'));
      const tooLong = `${'a'.repeat(499)} and more`;
      await box.fill(tooLong);
      await page.getByRole('button', { name: t('feedback.comment.submit') }).click();
      await expect(page.locator('[data-error-summary] li a')).toHaveText(t('feedback.comment.error.tooLong', { max: 500 }));
      await expect(box).toHaveValue(tooLong);
      if (js) expect(await axeViolations(page)).toEqual([]);
      await box.fill(lang === 'ur' ? 'ہفتے کے آخر میں فون نمبر' : 'A phone number for weekends');
      await page.getByRole('button', { name: t('feedback.comment.submit') }).click();
      await expect(page.locator('h1')).toHaveText(t('feedback.sent.title'));
      if (js) expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: t('feedback.back') }).click();
      await expect(page).toHaveURL(new RegExp(`${pagePath}$`));
      await context.close();
    });
  }
}

test('managers see each page and language, worst first, with the comments; caseworkers cannot', async ({ browser }) => {
  const db = new DatabaseSync(path.join(server.dataDir, 'submissions.sqlite'), { readOnly: true });
  expect(db.prepare("SELECT count(*) AS n FROM page_feedback WHERE slug = 'carers' AND variant = 'easy-read'").get()).toEqual({ n: 4 });
  db.close();
  await staffCli(server.dataDir, ['add', 'mo@example.gov.uk', '--role', 'manager', '--password-stdin'], 'manager password, long enough');
  await staffCli(server.dataDir, ['add', 'cara@example.gov.uk', '--role', 'caseworker', '--password-stdin'], 'caseworker password, long enough');
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  const signIn = async (email: string, password: string) => {
    await page.goto('/staff/sign-in/');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  };
  await signIn('mo@example.gov.uk', 'manager password, long enough');
  await page.getByRole('link', { name: 'Page feedback' }).click();
  const urdu = page.locator('tr[data-page="carers easy-read ur"]');
  await expect(urdu).toContainText('2');
  await expect(urdu).toContainText('0% (0 yes)');
  await expect(urdu.locator('q[lang="ur"][dir="rtl"]').first()).toHaveText('ہفتے کے آخر میں فون نمبر');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.staff-nav button').click(); // sign out
  await signIn('cara@example.gov.uk', 'caseworker password, long enough');
  await expect(page.getByRole('link', { name: 'Page feedback' })).toHaveCount(0);
  const refused = await page.goto('/staff/feedback/');
  expect(refused?.status()).toBe(403);
});
