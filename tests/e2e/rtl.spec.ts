import { expect, test, type Page } from '@playwright/test';

// Right-to-left pages must mirror the left-to-right layout: what starts on the left in
// English starts on the right in Urdu and Arabic. We compare element boxes, which is what
// a screenshot comparison of the two layouts would check, without brittle pixels.
async function boxes(page: Page, url: string) {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(url);
  await page.keyboard.press('Tab');
  const box = async (selector: string) => {
    const b = await page.locator(selector).first().boundingBox();
    if (!b) throw new Error(`${selector} not visible on ${url}`);
    return { left: b.x, right: 1000 - (b.x + b.width), width: b.width };
  };
  return {
    skip: await box('.skip-link'),
    name: await box('.site-name'),
    button: await box('.search-form button'),
    input: await box('.search-form input'),
    crumb: await box('.breadcrumbs li:first-child'),
    heading: await box('main h1'),
    switcher: await box('.lang-bar li:first-child'),
  };
}

for (const code of ['ur', 'ar']) {
  test(`${code} mirrors the English layout`, async ({ page }, testInfo) => {
    const en = await boxes(page, '/ask-for-help/easy-read/');
    const rtl = await boxes(page, `/${code}/ask-for-help/easy-read/`);
    await testInfo.attach(`${code}-page.png`, { body: await page.screenshot(), contentType: 'image/png' });
    for (const key of ['skip', 'name', 'crumb', 'heading', 'switcher'] as const) {
      // Within a few pixels: the same distance from the start edge, on the other side.
      expect(Math.abs(rtl[key].right - en[key].left), `${key} should start at the right`).toBeLessThan(4);
    }
    // Form fields mirror: the search button follows the box, to its right in English, to its left here.
    expect(en.button.left).toBeGreaterThan(en.input.left);
    expect(rtl.button.right).toBeGreaterThan(rtl.input.right);
    // The easy read picture sits on the reading-start side.
    const pic = await page.locator('.idea img').first().boundingBox();
    const words = await page.locator('.idea > div').first().boundingBox();
    expect(pic && words && pic.x > words.x).toBe(true);
  });
}
