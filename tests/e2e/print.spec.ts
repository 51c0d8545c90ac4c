// Printing in Chromium, in every language: advice and easy read pages print without the site's
// navigation, search, language bar, footer, feedback or share buttons; links to other sites are
// written out; easy read pictures stay beside their sentences; the foot has the short link and
// a QR code. Printed to PDF, to count the pages.
import { expect, test } from '@playwright/test';
import { shortCode } from '../../src/sharing/short-links.ts';
import { prefix } from './forms.helpers.ts';

const LANGS = ['en', 'gu', 'pa', 'ur', 'pl', 'so', 'ar'];

for (const lang of LANGS) {
  for (const variant of ['', 'easy-read/']) {
    const url = `${prefix(lang)}/carers/${variant}`;
    test(`${url} prints cleanly`, async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.lang-bar', '.site-footer', '.breadcrumbs', '[data-page-feedback]', '[data-share]', '.skip-link']) {
        const found = page.locator(hidden);
        if (await found.count()) await expect(found.first(), hidden).toBeHidden();
      }
      const foot = page.locator('[data-share-print]');
      await expect(foot).toBeVisible();
      await expect(foot).toContainText(`/s/${shortCode(url)}/`);
      const qr = foot.locator('svg');
      await expect(qr).toBeVisible();
      const box = await qr.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(80); // 3 cm: big enough for a phone camera
      // Links to other sites are written out after their words.
      const outside = page.locator('main a[href^="http"]').first();
      if (await outside.count()) {
        const after = await outside.evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toContain(await outside.getAttribute('href'));
      }
      if (variant) {
        // Each picture on the same line as its sentence.
        const ideas = page.locator('.idea');
        expect(await ideas.count()).toBeGreaterThan(2);
        for (const idea of (await ideas.all()).slice(0, 5)) {
          const img = await idea.locator('img').boundingBox();
          const text = await idea.locator('div').first().boundingBox();
          expect(img && text && img.y < text.y + text.height && text.y < img.y + img.height).toBe(true);
        }
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(variant ? 12 : 8);
    });
  }
}
