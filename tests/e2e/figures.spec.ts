import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { axeViolations, builtPages } from './support/site.ts';

// The figures pages in English and in Urdu (right to left), in Debian's Chromium: real
// tables a screen reader can navigate, downloads that hold the same figures, no axe
// violations, and nothing lost at 320 CSS pixels.
const languages = [
  { code: 'en', prefix: '' },
  { code: 'ur', prefix: '/ur' },
] as const;

/** Each body cell with the texts of its row header and column header, read from the page. */
async function cellsWithHeaders(page: Page, table: string) {
  return page.locator(table).evaluate((el) => {
    const t = el as HTMLTableElement;
    const heads = [...t.tHead!.rows[0]!.cells].map((c) => c.textContent?.trim() ?? '');
    return [...t.tBodies[0]!.rows, ...(t.tFoot ? [...t.tFoot.rows] : [])].flatMap((row) => {
      const rowHeader = row.querySelector('th[scope="row"]')?.textContent?.trim() ?? '';
      return [...row.cells].filter((c) => c.tagName === 'TD').map((cell) => ({
        text: cell.textContent?.trim() ?? '',
        row: rowHeader,
        column: heads[(cell as HTMLTableCellElement).cellIndex] ?? '',
      }));
    });
  });
}

const digits = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/[^0-9.]/g, '');

for (const { code, prefix } of languages) {
  test.describe(`${code} figures`, () => {
    test('axe finds no WCAG 2.2 A or AA violations on any figures page', async ({ page }) => {
      test.setTimeout(5 * 60_000);
      const urls = builtPages().filter((p) => p.startsWith(`${prefix}/figures/`));
      expect(urls.length).toBeGreaterThan(5);
      const failures: Record<string, unknown> = {};
      for (const url of urls) {
        await page.goto(url);
        const violations = await axeViolations(page);
        if (violations.length) failures[url] = violations;
      }
      expect(failures).toEqual({});
    });

    test('each table is named by its caption and every figure has a row and a column header', async ({ page }) => {
      await page.goto(`${prefix}/figures/requests/`);
      const caption = (await page.locator('table[data-dataset="new-requests"] caption').textContent())?.trim() ?? '';
      // The accessible name of the table is its caption, as a screen reader announces it.
      const table = page.getByRole('table', { name: caption });
      await expect(table).toHaveCount(1);
      await expect(table.getByRole('columnheader')).toHaveCount(3);
      await expect(table.getByRole('rowheader')).toHaveCount(9);
      const cells = await cellsWithHeaders(page, 'table[data-dataset="new-requests"]');
      expect(cells).toHaveLength(18);
      for (const cell of cells) {
        expect(cell.text).not.toBe('');
        expect(cell.row).not.toBe('');
        // Units are in the column headers: "(people)" in English, "(افراد)" in Urdu.
        expect(cell.column).toMatch(/\(.+\)/);
      }
      if (code === 'en') {
        expect(cells[0]).toEqual({ text: '1,947', row: 'Information, advice or community-led support', column: 'Aged 18 to 64 (people)' });
        expect(cells.at(-1)).toEqual({ text: '8,348', row: 'Total', column: 'Aged 65 and over (people)' });
      }
    });

    test('the CSV link gives the same figures as the table, with a byte order mark, period and source', async ({ page }) => {
      await page.goto(`${prefix}/figures/surveys/`);
      const link = page.locator('a[data-csv="people-survey"]');
      const href = await link.getAttribute('href');
      expect(href).toBe(`${prefix}/figures/surveys/people-survey.csv`);
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const body = await response.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: string[][] = parse(body.toString('utf8'), { bom: true, relax_column_count: true });
      const period = (await page.locator('[data-dataset-section="people-survey"] .figures-meta dd').first().textContent())?.replace(/[\u2066-\u2069]/g, '').trim();
      expect(records.slice(0, 3).flat()).toContain(period);
      expect(records.slice(0, 3).flat().join(' ')).toContain('Adult social care in Leicester 2024');
      const cells = await cellsWithHeaders(page, 'table[data-dataset="people-survey"]');
      for (const cell of cells) {
        const record = records.find((r) => r[0] === cell.row.replace(/[\u2066-\u2069]/g, ''));
        expect(record, `CSV row for ${cell.row}`).toBeTruthy();
        const headers = records.find((r) => r.slice(1).includes(cell.column.replace(/[\u2066-\u2069]/g, '')));
        const column = headers!.indexOf(cell.column.replace(/[\u2066-\u2069]/g, ''));
        expect(digits(record![column]!)).toBe(digits(cell.text));
      }
    });

    test('at 320 pixels wide, the page does not scroll sideways; a wide table scrolls in its own labelled region, row headers in view', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${prefix}/figures/surveys/`);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(320);
      const region = page.getByRole('region', { name: (await page.locator('#people-survey-caption').textContent())!.trim() });
      await expect(region).toHaveAttribute('tabindex', '0');
      await region.focus();
      await expect(region).toBeFocused();
      const wide = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(wide).toBe(true);
      // Scroll to the far end (the left, in Urdu) with the keyboard-reachable region.
      await region.evaluate((el) => el.scrollBy({ left: getComputedStyle(el).direction === 'rtl' ? -5000 : 5000 }));
      const box = (await region.boundingBox())!;
      const header = (await region.locator('tbody th[scope="row"]').first().boundingBox())!;
      expect(header.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(header.x + header.width).toBeLessThanOrEqual(box.x + box.width + 1);
      const caption = (await region.locator('caption').boundingBox())!;
      expect(caption.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(caption.x + caption.width).toBeLessThanOrEqual(box.x + box.width + 1);
    });

    test('reads the same with JavaScript turned off, comparisons in words', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${prefix}/figures/surveys/`);
      await expect(page.locator('table[data-dataset="people-survey"] td').first()).toHaveText(/90/);
      const sentence = (await page.locator('[data-dataset-section="people-survey"] .figures-compare li').first().textContent()) ?? '';
      expect(sentence).toContain('90%');
      expect(sentence).toContain('84%');
      expect(sentence).toMatch(/114/);
      if (code === 'en') expect(sentence).toContain('up from 84% (2022-23)');
      await context.close();
    });
  });
}

test('Urdu tables mirror: the row header is on the right of its figures', async ({ page }) => {
  await page.goto('/ur/figures/requests/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const row = page.locator('table[data-dataset="new-requests"] tbody tr').first();
  const header = (await row.locator('th').boundingBox())!;
  const first = (await row.locator('td').first().boundingBox())!;
  expect(header.x).toBeGreaterThan(first.x);
});
