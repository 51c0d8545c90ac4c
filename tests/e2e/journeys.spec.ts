import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, builtPages, langOfPath } from './support/site.ts';

const english = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../locales/en/ui.json'), 'utf8')) as Record<string, string>;
const own = (lang: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../locales/${lang}/ui.json`), 'utf8')) as Record<string, string>;

/** Interface strings that are English in this language's file too are names, not untranslated text. */
async function englishUiStringsOnPage(page: Page, lang: string): Promise<string[]> {
  const mine = own(lang);
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], [hidden], script').forEach((el) => el.remove());
    return clone.innerText;
  });
  return Object.entries(english)
    .filter(([key, value]) => value.split(' ').length >= 2 && !value.includes('{{') && mine[key] !== value)
    .map(([, value]) => value)
    .filter((value) => text.includes(value));
}

test('a carer finds a break from caring from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'I look after someone' }).click();
  await expect(page).toHaveURL(/\/carers\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText(/break/i);
});

test('a resident asking "will I have to pay" finds the paying for care page from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Paying for care' }).first().click();
  await expect(page).toHaveURL(/\/paying-for-care\/$/);
  await expect(page.locator('main')).toContainText(/financial assessment/i);
});

for (const lang of ['gu', 'ur']) {
  test(`in ${lang}: home page to the carers page and its easy read, with no English interface words`, async ({ page }) => {
    const t = own(lang);
    await page.goto(`/${lang}/`);
    expect(await englishUiStringsOnPage(page, lang)).toEqual([]);
    await page.getByRole('link', { name: t['home.need.carer'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/carers/$`));
    expect(await englishUiStringsOnPage(page, lang)).toEqual([]);
    await expect(page.locator('[data-notice="draft"]')).toBeVisible();
    await page.getByRole('link', { name: t['page.easyReadLink'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/carers/easy-read/$`));
    expect(await englishUiStringsOnPage(page, lang)).toEqual([]);
    await expect(page.locator('.idea').first()).toBeVisible();
  });
}

test('every page is reachable from its language’s home page in three clicks or fewer', () => {
  const pages = builtPages().filter((p) => !p.includes('/search/') || p.endsWith('/search/'));
  const linksOf = (url: string) =>
    // Links, and the header's search form (one press of the Search button).
    [...builtHtml(url).matchAll(/<(?:a [^>]*href|form [^>]*action)="(\/[^"#?]*)/g)].map((m) => m[1] ?? '').filter((href) => href.endsWith('/'));
  for (const home of ['/', '/gu/', '/pa/', '/ur/', '/pl/', '/so/', '/ar/']) {
    const lang = langOfPath(home);
    const reached = new Set([home]);
    let frontier = [home];
    for (let depth = 0; depth < 3; depth++) {
      const next: string[] = [];
      for (const url of frontier) for (const href of linksOf(url)) if (!reached.has(href) && pages.includes(href)) { reached.add(href); next.push(href); }
      frontier = next;
    }
    const missing = pages.filter((p) => langOfPath(p) === lang && !reached.has(p));
    expect(missing, `pages more than three clicks from ${home}`).toEqual([]);
  }
});
