import { expect, type Page } from '@playwright/test';

/** Searches as a person would (type, press Enter) and returns the result links in order. */
export async function searchFor(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(lang === 'en' ? '/search/' : `/${lang}/search/`);
  const input = page.locator('#search-query');
  await input.fill(query);
  await input.press('Enter');
  const heading = page.locator('#results-heading');
  await expect(heading).toBeFocused({ timeout: 20_000 });
  await expect(heading).toContainText(query);
  return page.locator('[data-search-list] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
