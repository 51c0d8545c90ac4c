import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFor } from '../../../src/figures/download.ts';
import { loadDatasets } from '../../../src/figures/load.ts';
import { buildTable } from '../../../src/figures/table.ts';
import { withoutIsolates } from '../../../src/figures/text.ts';
import { langCodes } from '../../../src/i18n/languages.ts';

const datasets = loadDatasets();

describe('the CSV download', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s equals its table, with title, period and source', (_id, dataset) => {
    for (const lang of langCodes) {
      const csv = csvFor(dataset, lang);
      expect(csv.startsWith('\uFEFF'), 'byte order mark').toBe(true);
      const records: string[][] = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false });
      const view = buildTable(dataset, lang);
      // The page isolates number ranges for right-to-left reading; a spreadsheet does not need that.
      expect(csv).not.toMatch(/[\u2066-\u2069]/);
      const plain = (text: string | undefined) => withoutIsolates(text ?? '');
      expect(records[0]?.[1]).toBe(plain(view.title.text));
      expect(records[1]?.[1]).toBe(plain(view.period.text));
      expect(records[2]?.[1]).toContain(view.source.document);
      expect(records[2]?.[1]).toContain(view.source.section);
      const header = records.findIndex((r) => r[0] === plain(view.rowHeader.text));
      expect(header).toBeGreaterThan(2);
      expect(records[header]).toEqual([plain(view.rowHeader.text), ...view.columns.map((c) => plain(c.header.text))]);
      const body = records.slice(header + 1, header + 1 + view.rows.length + view.totals.length);
      // Each figure as plain digits: the printed figure without £, %, commas or ordinal ending.
      const expected = [...dataset.rows.map((r) => ({ label: r.label, cells: r.cells })), ...dataset.totals.map((t) => ({ label: t.label, cells: t.cells }))].map((row, i) => [
        plain([...view.rows, ...view.totals][i]?.header.text),
        ...row.cells.map((f, c) => (f === null ? '' : f.kind === 'number' ? f.printed.replace(/[£,%]|st$|nd$|rd$|th$/g, '') : plain(view.rows[i]?.cells[c]?.text.text))),
      ]);
      expect(body).toEqual(expected);
    }
  });

  it('quotes cells that hold commas and quotation marks', () => {
    const dataset = datasets.find((d) => d.id === 'new-requests');
    if (!dataset) throw new Error('new-requests not found');
    const csv = csvFor(dataset, 'en');
    expect(csv).toContain('"Information, advice or community-led support",1947,2466\r\n');
  });
});
