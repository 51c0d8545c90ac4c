import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/figures/load.ts';
import { buildTable } from '../../../src/figures/table.ts';
import { figuresText } from '../../../src/figures/text.ts';
import type { Dataset } from '../../../src/figures/schema.ts';

const datasets = loadDatasets();
const byId = (id: string): Dataset => {
  const found = datasets.find((d) => d.id === id);
  if (!found) throw new Error(`${id} not found`);
  return found;
};

describe('a figures table', () => {
  it('puts the unit in every column heading and the period in the caption', () => {
    const view = buildTable(byId('new-requests'), 'en');
    expect(view.caption.text).toBe('New requests for support, by what they led to and age, 2023-24');
    expect(view.columns.map((c) => c.header.text)).toEqual(['Aged 18 to 64 (people)', 'Aged 65 and over (people)']);
    expect(view.totals[0]?.cells.map((c) => c.text.text)).toEqual(['4,536', '8,348']);
    expect(view.csvHref).toBe('/figures/requests/new-requests.csv');
  });

  it('puts the unit in each row heading when the rows mix units', () => {
    const view = buildTable(byId('workforce-people'), 'en');
    expect(view.columns.map((c) => c.header.text)).toEqual(['Figure']);
    const average = view.rows.find((r) => r.id === 'average-age');
    expect(average?.header.text).toBe('Average age (years)');
    expect(average?.cells[0]?.text.text).toBe('42');
  });

  it('writes each comparison in words and numbers, the direction taken from the figures', () => {
    const view = buildTable(byId('people-survey'), 'en');
    expect(view.comparisons[0]?.text).toBe(
      'Care and support services made them feel safe and secure: 90% (2023-24), up from 84% (2022-23). National rank in 2022-23: 114th of 152 councils.',
    );
    // 71% after 72%: down.
    expect(view.comparisons[3]?.text).toMatch(/: 71% \(2023-24\), down from 72% \(2022-23\)\. National rank in 2022-23: 15th of 152 councils\.$/);
  });

  it('says "the same" when a result did not change', () => {
    const dataset = byId('direct-payments');
    const same: Dataset = {
      ...dataset,
      rows: dataset.rows.map((row) => ({ ...row, cells: [row.cells[0], row.cells[0], row.cells[2]].filter((c) => c !== undefined) })),
    };
    expect(buildTable(same, 'en').comparisons[0]?.text).toMatch(/46% \(2023-24\), the same as 46% \(2022-23\)/);
  });

  it('says a rank out of how many councils in the heading', () => {
    const view = buildTable(byId('carers-survey'), 'en');
    expect(view.columns[2]?.header.text).toBe('National rank, 2021-22 (out of 152 councils)');
  });

  it('shows words cells (ratings) as words, not numbers', () => {
    const view = buildTable(byId('cqc-quality-statements'), 'en');
    expect(view.columns.map((c) => c.numeric)).toEqual([false, true, false]);
    expect(view.rows[4]?.cells.map((c) => c.text.text)).toEqual(['Providing support', '3', 'Evidence shows a good standard']);
  });

  it('marks words that fall back to English as English', () => {
    expect(figuresText('ur').text('row.no-such-row-anywhere')).toEqual({ text: 'row.no-such-row-anywhere', lang: 'en' });
  });

  it('keeps number ranges such as 2023-24 the right way round in right-to-left languages', () => {
    const view = buildTable(byId('people-survey'), 'ur');
    expect(view.period.text).toBe('\u20662023-24\u2069');
    expect(view.columns[0]?.header.text).toContain('\u20662023-24\u2069');
    // Once each, even when a period is put inside a sentence that is isolated again: three periods, three isolates.
    expect(view.comparisons[0]?.text.match(/\u2066/g)).toHaveLength(3);
    expect(view.comparisons[0]?.text).not.toContain('\u2066\u2066');
    expect(buildTable(byId('people-survey'), 'pl').period.text).toBe('2023-24');
  });

  it('writes pounds with the £ sign in every language', () => {
    const dataset = byId('spend-by-type');
    for (const lang of ['pl', 'ar'] as const) {
      const cell = buildTable(dataset, lang).rows[0]?.cells[0]?.text.text ?? '';
      expect(cell).toContain('£');
      expect(cell).not.toMatch(/GBP|UK£/);
    }
  });

  it('gives each language its own address for the download', () => {
    expect(buildTable(byId('spend-by-type'), 'ur').csvHref).toBe('/ur/figures/money/spend-by-type.csv');
  });
});
