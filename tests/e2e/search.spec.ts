import { expect, test } from '@playwright/test';
import { fastAxeViolations, preloadAxe } from './support/site.ts';
import { searchFor } from './support/search.ts';

// What residents actually type, in every language: the everyday word, a synonym, a
// misspelling, a romanised spelling. The right page must come first.
const cases: Record<string, [query: string, first: string][]> = {
  en: [
    ['carers break', '/carers/'],
    ['home help', '/ask-for-help/'],
    ['OT', '/equipment-and-adaptations/'],
    ['money for care', '/paying-for-care/'],
    ['abuse', '/keeping-safe/'],
    ['will I have to pay', '/paying-for-care/'],
    ['equipmnet', '/equipment-and-adaptations/'],
    ['carres', '/carers/'],
  ],
  gu: [
    ['સંભાળમાંથી આરામ', '/gu/carers/'],
    ['સંભાળનો ખર્ચ', '/gu/paying-for-care/'],
    ['durvyavahar', '/gu/keeping-safe/'],
    ['OT', '/gu/equipment-and-adaptations/'],
    ['પકડવાના સળિયા', '/gu/equipment-and-adaptations/'],
    ['દુર્વ્યવહર', '/gu/keeping-safe/'],
  ],
  pl: [
    ['przerwa w opiece', '/pl/carers/'],
    ['czy muszę płacić', '/pl/paying-for-care/'],
    ['przemoc', '/pl/keeping-safe/'],
    ['sprzet', '/pl/equipment-and-adaptations/'],
    ['opiekunowei', '/pl/carers/'],
  ],
  ar: [
    ['استراحة من الرعاية', '/ar/carers/'],
    ['هل علي أن أدفع', '/ar/paying-for-care/'],
    ['اساءة', '/ar/keeping-safe/'],
    ['العلاج الوظيفي', '/ar/equipment-and-adaptations/'],
    ['مقدم الرعايه', '/ar/carers/'],
  ],
  ur: [
    ['کیئر کا خرچ', '/ur/paying-for-care/'],
    ['dekh bhal', '/ur/carers/'],
    ['بدسلوکی', '/ur/keeping-safe/'],
    ['badsalooki', '/ur/keeping-safe/'],
    ['OT', '/ur/equipment-and-adaptations/'],
    ['ghar mein tabdeli', '/ur/equipment-and-adaptations/'],
  ],
  pa: [
    ['ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', '/pa/paying-for-care/'],
    ['ਦੇਖਭਾਲ ਤੋਂ ਛੁੱਟੀ', '/pa/carers/'],
    ['ਦੁਰਵਿਹਾਰ', '/pa/keeping-safe/'],
    ['OT', '/pa/equipment-and-adaptations/'],
    ['ਦੁਰਵਿਹਰ', '/pa/keeping-safe/'],
    ['samaan', '/pa/equipment-and-adaptations/'],
  ],
  so: [
    ['nasasho daryeel', '/so/carers/'],
    ['lacagta daryeelka', '/so/paying-for-care/'],
    ['xadgudub', '/so/keeping-safe/'],
    ['qalab', '/so/equipment-and-adaptations/'],
    ['daryeelaah', '/so/carers/'],
  ],
};

for (const [lang, queries] of Object.entries(cases)) {
  test(`search in ${lang} puts the right page first`, async ({ page }) => {
    // Several searches in one test; generous so a busy machine is slow, not failing.
    test.setTimeout(240_000);
    for (const [query, first] of queries) {
      const results = await searchFor(page, lang, query);
      expect(results[0], `"${query}" should find ${first} first, got ${results.slice(0, 3).join(', ')}`).toBe(first);
    }
  });
}

test('the result count is announced, and results say what kind of page they are', async ({ page }) => {
  await searchFor(page, 'en', 'carers');
  await expect(page.locator('[data-search-status]')).toContainText(/Pages found: \d+/);
  await expect(page.locator('[data-search-list] .result-kind').first()).toHaveText(/Advice|Easy read/);
});

test('filters by kind of page', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('checkbox', { name: 'Easy read' }).check();
  const results = await searchFor(page, 'en', 'carers').catch(() => []);
  // searchFor reloads the page, so filter again after loading and search by keyboard.
  await page.getByRole('checkbox', { name: 'Easy read' }).check();
  await page.locator('#search-query').press('Enter');
  await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  const kinds = await page.locator('[data-search-list] .result-kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Easy read']));
  expect(results.length).toBeGreaterThan(0);
});

test('the header search works from any page, by keyboard, in Urdu', async ({ page }) => {
  await page.goto('/ur/carers/');
  await page.locator('#site-search').fill('کیئر کا خرچ');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/ur\/search\/\?q=/);
  await expect(page.locator('#results-heading')).toBeFocused({ timeout: 20_000 });
  await expect(page.locator('[data-search-list] a').first()).toHaveAttribute('href', '/ur/paying-for-care/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('without JavaScript the A to Z lists every page in the language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/gu/search/?q=carers');
  const links = page.locator('.a-to-z li a[href^="/gu/"]');
  expect(await links.count()).toBeGreaterThan(40);
  await page.locator('.a-to-z a[href="/gu/carers/"]').click();
  await expect(page).toHaveURL(/\/gu\/carers\/$/);
  await context.close();
});

test('reading a page costs no search bytes', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/carers/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('/search/'))).toEqual([]);
});

for (const lang of ['en', 'ur']) {
  test(`axe finds no violations on the ${lang} search page with results shown`, async ({ page }) => {
    await preloadAxe(page);
    await searchFor(page, lang, lang === 'en' ? 'carers' : 'کیئرر');
    await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
    expect(await fastAxeViolations(page)).toEqual([]);
  });
}
