import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './support/site.ts';

const languages = [
  { code: 'en', dir: 'ltr', home: '/' },
  { code: 'gu', dir: 'ltr', home: '/gu/' },
  { code: 'pa', dir: 'ltr', home: '/pa/' },
  { code: 'ur', dir: 'rtl', home: '/ur/' },
  { code: 'pl', dir: 'ltr', home: '/pl/' },
  { code: 'so', dir: 'ltr', home: '/so/' },
  { code: 'ar', dir: 'rtl', home: '/ar/' },
];

test('every built page says its language and direction on <html>', () => {
  for (const url of builtPages()) {
    const html = builtHtml(url);
    const code = /^\/(gu|pa|ur|pl|so|ar)\//.exec(url)?.[1] ?? 'en';
    const dir = code === 'ur' || code === 'ar' ? 'rtl' : 'ltr';
    expect(html, url).toContain(`<html lang="${code}" dir="${dir}"`);
  }
});

for (const { code, dir, home } of languages) {
  test(`${code}: skip link first, then the language switcher, by keyboard`, async ({ page }) => {
    await page.goto(home);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/skip-link/);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('hreflang', 'en');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });
}

test('the language switcher keeps the reader on the same page, in the URL', async ({ page, context }) => {
  await page.goto('/gu/ask-for-help/easy-read/');
  await page.getByRole('link', { name: 'اردو' }).click();
  await expect(page).toHaveURL(/\/ur\/ask-for-help\/easy-read\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/ask-for-help\/easy-read\/$/);
  expect(await context.cookies()).toEqual([]);
});

test('no page needs JavaScript to be read: content pages carry no script at all', () => {
  const withScripts = builtPages()
    .filter((url) => !/\/(search|ask|check)\//.test(url))
    .filter((url) => /<script\b/.test(builtHtml(url)));
  expect(withScripts).toEqual([]);
});

test('a page reads the same with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ask-for-help/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who to contact' })).toBeVisible();
  await context.close();
});

for (const url of ['/', '/ask-for-help/', '/ur/', '/ar/ask-for-help/easy-read/', '/gu/jargon-buster/']) {
  test(`no sideways scrolling at 320 CSS pixels (and so at 400% zoom of 1280): ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('every request stays on this site, and a page loads only its own script’s fonts', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/ask-for-help/');
  await page.goto('/gu/ask-for-help/');
  await page.goto('/ur/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
  const fonts = requests.filter((u) => u.endsWith('.woff2')).map((u) => new URL(u).pathname);
  expect(fonts.every((f) => /gujarati|nastaliq/.test(f))).toBe(true);
  expect(fonts.some((f) => f.includes('gujarati'))).toBe(true);
  expect(fonts.filter((f) => /naskh|gurmukhi/.test(f))).toEqual([]);
});

test('English pages fetch no font files at all', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => { if (/\.woff2?$/.test(r.url())) fonts.push(r.url()); });
  await page.goto('/ask-for-help/');
  await page.waitForLoadState('networkidle');
  expect(fonts).toEqual([]);
});

test('security headers on pages and files', async ({ request }) => {
  const fontCss = /href="(\/fonts\/gu\.[0-9a-f]+\.css)"/.exec(await (await request.get('/gu/')).text())?.[1] ?? '';
  expect(fontCss).not.toBe('');
  for (const url of ['/', '/gu/ask-for-help/', fontCss, '/favicon.svg']) {
    expect((await request.get(url)).status(), url).toBe(200);
    const h = (await request.get(url)).headers();
    expect(h['x-content-type-options'], url).toBe('nosniff');
    expect(h['x-frame-options'], url).toBe('DENY');
    expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(h['content-security-policy'], url).toContain("frame-ancestors 'none'");
  }
  const post = await request.post('/ask-for-help/', { data: 'x=1' });
  expect(post.status()).toBe(405);
});

test('every English page exists in every language, translated or with its fallback notice', () => {
  const pages = new Set(builtPages());
  const english = [...pages].filter((p) => !/^\/(gu|pa|ur|pl|so|ar)\//.test(p));
  for (const code of ['gu', 'pa', 'ur', 'pl', 'so', 'ar']) {
    const missing = english.filter((p) => !pages.has(`/${code}${p}`));
    expect(missing, `pages missing in ${code}`).toEqual([]);
  }
});
