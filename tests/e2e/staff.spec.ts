// The staff side in a real browser (Debian's Chromium), on its own server with the Notify
// stand-in and a local OpenID Connect provider: a carer asks with JavaScript off and gets one
// acknowledgement; a caseworker signs in (password, and through the council's provider), takes
// the request and moves it on; the carer's progress page shows it. axe on every staff page and
// on the progress page in every language; the staff pages at 320 CSS pixels (400% zoom).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { freePort } from '../../src/perf/free-port.ts';
import { portalTemplates, startNotifyStandIn, type NotifyStandIn } from '../../src/notify/stand-in.ts';
import { startServer, tempDataDir, type Server } from '../service/server.ts';
import { NOTIFY_KEY, NOTIFY_TEMPLATES, notifyEnv, staffCli, until } from '../service/staff-client.ts';
import { startOidcProvider, type LocalProvider } from '../service/oidc-provider.ts';
import { axeViolations } from './support/site.ts';
import { carersAnswers, fill, prefix, strings } from './forms.helpers.ts';

test.describe.configure({ mode: 'serial' });

const MANAGER = { email: 'mo.manager@example.gov.uk', password: 'manager password, long enough' };
const CASEWORKER = { email: 'cara.caseworker@example.gov.uk', password: 'caseworker password, long enough' };
const LANGS = ['en', 'gu', 'pa', 'ur', 'pl', 'so', 'ar'];

let server: Server;
let standIn: NotifyStandIn;
let provider: LocalProvider;
let reference = '';
let privateLink = '';

test.beforeAll(async () => {
  standIn = await startNotifyStandIn({ apiKey: NOTIFY_KEY, templates: portalTemplates(NOTIFY_TEMPLATES) });
  const [providerPort, portalPort] = [await freePort(), await freePort()];
  const dataDir = tempDataDir();
  server = await startServer({
    dataDir, port: portalPort,
    env: { ...notifyEnv(standIn.url), OIDC_ISSUER: `http://127.0.0.1:${providerPort}`, OIDC_CLIENT_ID: 'care-portal', OIDC_CLIENT_SECRET: 'a-test-secret-that-is-long-enough-to-be-real' },
  });
  provider = await startOidcProvider({ port: providerPort, redirectUri: `${server.url}/staff/oidc/callback/` });
  expect((await staffCli(dataDir, ['add', MANAGER.email, '--role', 'manager', '--password-stdin'], MANAGER.password)).status).toBe(0);
  expect((await staffCli(dataDir, ['add', CASEWORKER.email, '--role', 'caseworker', '--password-stdin'], CASEWORKER.password)).status).toBe(0);
});

test.afterAll(async () => {
  await server?.stop();
  await provider?.close();
  await standIn?.close();
});

async function newPage(browser: Browser, options: { js?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: options.js ?? true, viewport: { width: options.width ?? 1280, height: 800 } });
  return context.newPage();
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/staff/');
  await expect(page).toHaveURL(/\/staff\/sign-in\/$/);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Inbox');
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

test('a carer asks without JavaScript and gets one acknowledgement; a caseworker takes it and moves it on; the carer sees it', async ({ browser }) => {
  const t = strings('en');
  const resident = await newPage(browser, { js: false });
  await resident.goto('/ask/carers-assessment/');
  await fill(resident, { ...carersAnswers, acknowledge: ['yes'] });
  await resident.locator('[data-submit]').click();
  await expect(resident.locator('h1')).toHaveText(t('common.check.title'));
  await resident.locator('[data-send]').click();
  await expect(resident.locator('h1')).toHaveText(t('common.done.title'));
  reference = (await resident.locator('.reference').first().textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expect(resident.getByText(t('common.done.messageSent'))).toBeVisible();
  privateLink = (await resident.locator('[data-progress-link]').getAttribute('href')) ?? '';
  expect(privateLink).toMatch(/\/ask\/progress\/\?link=[A-Za-z0-9_-]{20,}$/);

  const acks = await until('the acknowledgement', () => (standIn.messages.length ? standIn.messages : undefined));
  await new Promise((r) => setTimeout(r, 500)); // time for a wrong second one to arrive
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatchObject({ to: 'sam@example.com', templateId: NOTIFY_TEMPLATES.ackEmail, reference: `${reference}-ack-email` });
  expect(acks[0]?.body).toContain(reference);
  expect(acks[0]?.body).toContain(privateLink);

  // The caseworker, with JavaScript off too: the staff pages need none.
  const staff = await newPage(browser, { js: false });
  await signIn(staff, CASEWORKER);
  await staff.getByLabel('Form').selectOption('carers-assessment');
  await staff.getByLabel('Status').selectOption('new');
  await staff.getByRole('button', { name: 'Show requests' }).click();
  const row = staff.locator('tbody tr', { has: staff.getByRole('link', { name: reference }) });
  await expect(row).toContainText('Carer’s assessment');
  await expect(row).toContainText('New');
  await row.getByRole('link', { name: reference }).click();
  await expect(staff.locator('h1')).toContainText(reference);
  await expect(staff.getByText('Sam Patel').first()).toBeVisible();
  await staff.getByRole('button', { name: 'Take this request' }).click();
  await expect(staff.getByRole('status')).toContainText('You have this request now.');
  await staff.getByLabel('New status').selectOption('waiting');
  await staff.getByLabel('Tell the resident by email').check();
  await staff.getByLabel(/Short message to add/).fill('Please ring us when you can.');
  await staff.getByRole('button', { name: 'Change status' }).click();
  await expect(staff.getByRole('status')).toContainText('Status changed. The resident will get a message.');
  await expect(staff.locator('.staff-history')).toContainText('Waiting for the resident');
  const update = await until('the update', () => standIn.messages.find((m) => m.templateId === NOTIFY_TEMPLATES.updateEmail));
  expect(update.body).toContain('Please ring us when you can.');

  // The carer follows the private link from the message.
  await resident.goto(privateLink);
  await expect(resident.locator('[data-status]')).toHaveText(t('progress.status.waiting'));
  await expect(resident.locator('body')).not.toContainText('Sam Patel');
  // ...or types the reference and postcode.
  await resident.goto('/ask/progress/');
  await resident.getByLabel(t('progress.reference.label')).fill(reference.toLowerCase());
  await resident.getByLabel(t('progress.postcode.label')).fill('le3 3cc');
  await resident.getByRole('button', { name: t('progress.submit') }).click();
  await expect(resident.locator('[data-status]')).toHaveText(t('progress.status.waiting'));
});

test('a caseworker signs in through the council\'s identity provider (OpenID Connect)', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto('/staff/sign-in/');
  await page.getByRole('button', { name: 'Sign in with your council account' }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(CASEWORKER.email);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('h1')).toHaveText('Inbox');
  await expect(page.getByText(`Signed in as ${CASEWORKER.email}`)).toBeVisible();
});

test('signing in with the keyboard alone', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto('/staff/sign-in/');
  await page.keyboard.press('Tab'); // skip link first
  let guard = 0;
  while (!(await page.locator('#email').evaluate((el) => el === document.activeElement)) && guard++ < 15) await page.keyboard.press('Tab');
  await page.keyboard.type(CASEWORKER.email);
  await page.keyboard.press('Tab');
  await expect(page.locator('#password')).toBeFocused();
  await page.keyboard.type(CASEWORKER.password);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Inbox');
});

test('a wrong sign-in says what to do, keeps the email, and moves focus to the problem', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto('/staff/sign-in/');
  await page.getByLabel('Email address').fill(CASEWORKER.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('The email address or password is not right.');
  await expect(page.getByLabel('Email address')).toHaveValue(CASEWORKER.email);
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'sign-in with an error');
});

test('axe finds nothing on the staff pages', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto('/staff/sign-in/');
  await expectNoAxeViolations(page, 'sign-in');
  await signIn(page, MANAGER);
  const pages = ['/staff/', '/staff/?overdue=yes', '/staff/?sort=newest&status=open', `/staff/requests/${reference}/`, '/staff/export/', '/staff/audit/', '/staff/requests/AAA-AAA-AAA/'];
  for (const url of pages) {
    await page.goto(url);
    await expectNoAxeViolations(page, url);
  }
  await page.goto(`/staff/requests/${reference}/`);
  await page.getByLabel('New status').selectOption('closed');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.locator('.error-summary')).toContainText('Choose what came of the request before closing it.');
  await expectNoAxeViolations(page, 'request page with an error');
  await page.goto('/staff/export/');
  await page.getByLabel('Keep requests for this many days').fill('3650');
  await page.getByRole('button', { name: 'See how many would go' }).click();
  await expectNoAxeViolations(page, 'purge preview');
  const caseworker = await newPage(browser);
  await signIn(caseworker, CASEWORKER);
  await caseworker.goto('/staff/export/');
  await expect(caseworker.locator('h1')).toHaveText('Your account cannot open this page. Ask a manager if you need it.');
  await expectNoAxeViolations(caseworker, 'refused page');
});

test('the staff pages reflow at 320 CSS pixels (400% zoom) without scrolling sideways', async ({ browser }) => {
  const page = await newPage(browser, { width: 320 });
  await signIn(page, CASEWORKER);
  for (const url of ['/staff/', `/staff/requests/${reference}/`, '/staff/sign-in/']) {
    await page.goto(url);
    // What sticks out, by tag and class, so a failure says where to look.
    const wider = await page.evaluate(() => {
      const edge = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > edge + 1 && !e.closest('.staff-table'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    });
    expect(wider, url).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

async function checkProgress(page: Page, lang: string, axe: boolean): Promise<void> {
  const t = strings(lang);
  await page.goto(`${prefix(lang)}/ask/progress/`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('h1')).toHaveText(t('progress.title'));
  if (axe) await expectNoAxeViolations(page, `${lang} empty`);
  await page.getByRole('button', { name: t('progress.submit') }).click();
  await expect(page.locator('[data-error-summary] li a')).toHaveText([t('progress.reference.error.required'), t('progress.postcode.error.required')]);
  if (axe) await expectNoAxeViolations(page, `${lang} errors`);
  await page.getByLabel(t('progress.reference.label')).fill(reference);
  if (!axe) {
    // One wrong guess per language: ten from one address in 15 minutes and it must wait.
    await page.getByLabel(t('progress.postcode.label')).fill('LE9 9ZZ');
    await page.getByRole('button', { name: t('progress.submit') }).click();
    await expect(page.locator('[data-error-summary]')).toContainText(t('progress.notFound'));
    await expect(page.getByLabel(t('progress.postcode.label'))).toHaveValue('LE9 9ZZ');
    await expect(page.getByLabel(t('progress.reference.label'))).toHaveValue(reference);
  }
  await page.getByLabel(t('progress.postcode.label')).fill('LE3 3CC');
  await page.getByRole('button', { name: t('progress.submit') }).click();
  await expect(page.locator('[data-progress]')).toContainText(reference);
  await expect(page.locator('[data-status]')).toHaveText(t('progress.status.waiting'));
  if (axe) await expectNoAxeViolations(page, `${lang} result`);
}

for (const lang of LANGS) {
  test(`the progress page in ${lang}: errors, a wrong guess and the result without JavaScript, and axe on each`, async ({ browser }) => {
    await checkProgress(await newPage(browser, { js: false }), lang, false);
    // axe runs in the page, so it needs scripts: the same steps again with them on.
    await checkProgress(await newPage(browser), lang, true);
  });
}
