import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/figures/load.ts';
import { themesWithData } from '../../../src/figures/routes.ts';
import { langCodes, type LangCode } from '../../../src/i18n/languages.ts';
import { localizedPath } from '../../../src/routing/paths.ts';
import { readLocalNumber, root } from './helpers.ts';

// Reads the built site (run `npx astro build` first). Independent of the page code: it
// compares what a reader gets in dist/client with the data files themselves.
const client = path.join(root, 'dist/client');
const built = fs.existsSync(path.join(client, 'figures/index.html'));
const datasets = loadDatasets();
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '').trim();
const page = (urlPath: string): HTMLElement => parseHtml(fs.readFileSync(path.join(client, urlPath, 'index.html'), 'utf8'));

describe.skipIf(!built)('the built figures pages', () => {
  it.each(langCodes)('%s: the index links to every figures page, and non-English pages say the words are a draft', (lang) => {
    const index = page(localizedPath(lang, 'figures'));
    const links = index.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const theme of themesWithData(datasets)) expect(links).toContain(localizedPath(lang, `figures/${theme}`));
    expect(index.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(index.querySelector('[data-notice="draft"]') !== null).toBe(lang !== 'en');
  });

  it.each(langCodes)('%s: every table shows exactly the figures of its data file, with its headers, and its CSV matches', (lang: LangCode) => {
    for (const theme of themesWithData(datasets)) {
      const html = page(localizedPath(lang, `figures/${theme}`));
      const mine = datasets.filter((d) => d.theme === theme);
      expect(html.querySelectorAll('table[data-dataset]').length, `${lang} ${theme}: tables`).toBe(mine.length);
      for (const dataset of mine) {
        const where = `${lang} ${dataset.id}`;
        const table = html.querySelector(`table[data-dataset="${dataset.id}"]`);
        if (!table) throw new Error(`${where}: no table`);
        const caption = table.querySelector('caption');
        expect(plain(caption?.text ?? ''), `${where}: caption`).not.toBe('');
        const region = table.parentNode;
        if (!region) throw new Error(`${where}: table has no parent`);
        expect(region.tagName, `${where}: scroll region`).toBe('SECTION');
        expect(region.getAttribute('tabindex')).toBe('0');
        expect(region.getAttribute('aria-labelledby')).toBe(caption?.getAttribute('id'));

        const heads = table.querySelectorAll('thead th');
        expect(heads.map((th) => th.getAttribute('scope')), `${where}: column headers`).toEqual(Array(dataset.columns.length + 1).fill('col'));
        const bodyRows = table.querySelectorAll('tbody tr');
        const footRows = table.querySelectorAll('tfoot tr');
        expect(bodyRows.length, `${where}: rows`).toBe(dataset.rows.length);
        expect(footRows.length, `${where}: totals`).toBe(dataset.totals.length);

        const expected = [...dataset.rows.map((r) => r.cells), ...dataset.totals.map((t) => t.cells)];
        [...bodyRows, ...footRows].forEach((tr, r) => {
          const rowHeads = tr.querySelectorAll('th');
          expect(rowHeads.map((th) => th.getAttribute('scope')), `${where} row ${r}: row header`).toEqual(['row']);
          const cells = tr.querySelectorAll('td');
          expect(cells.length).toBe(dataset.columns.length);
          cells.forEach((td, c) => {
            const figure = expected[r]?.[c];
            const shown = plain(td.text);
            if (!figure) expect(shown, `${where} row ${r} column ${c}: no total printed`).toBe('');
            else if (figure.kind === 'text') expect(shown, `${where} row ${r} column ${c}`).not.toBe('');
            else if (lang === 'en') expect(shown, `${where} row ${r} column ${c}`).toBe(figure.printed);
            else expect(readLocalNumber(lang, shown), `${where} row ${r} column ${c}: "${shown}"`).toBe(figure.value);
          });
        });

        const link = html.querySelector(`a[data-csv="${dataset.id}"]`);
        const href = link?.getAttribute('href') ?? '';
        expect(href, `${where}: CSV link`).toBe(`${localizedPath(lang, `figures/${theme}`)}${dataset.id}.csv`);
        const csv = fs.readFileSync(path.join(client, href), 'utf8');
        expect(csv.charCodeAt(0), `${where}: byte order mark`).toBe(0xfeff);
        const records: string[][] = parseCsv(csv, { bom: true, relax_column_count: true });
        const headerTexts = heads.map((th) => plain(th.text));
        const start = records.findIndex((rec) => rec.join('\u0000') === headerTexts.join('\u0000'));
        expect(start, `${where}: CSV has the table's headings`).toBeGreaterThan(0);
        expect(records.slice(0, start).flat().join(' '), `${where}: CSV names its period`).toContain(plain(region.parentNode?.querySelector('.figures-meta dd')?.text ?? '@'));
        [...bodyRows, ...footRows].forEach((tr, r) => {
          const record = records[start + 1 + r] ?? [];
          expect(record[0], `${where}: CSV row heading ${r}`).toBe(plain(tr.querySelector('th')?.text ?? ''));
          tr.querySelectorAll('td').forEach((td, c) => {
            const figure = expected[r]?.[c];
            const value = record[c + 1] ?? '';
            if (!figure) expect(value).toBe('');
            else if (figure.kind === 'text') expect(value).toBe(plain(td.text));
            else expect(Number(value), `${where}: CSV row ${r} column ${c}`).toBe(figure.value);
          });
        });
      }
    }
  });

  it.each(langCodes)('%s: charts are hidden from screen readers and point to their table', (lang) => {
    let charts = 0;
    for (const theme of themesWithData(datasets)) {
      const html = page(localizedPath(lang, `figures/${theme}`));
      for (const svg of html.querySelectorAll('svg[data-chart]')) {
        charts += 1;
        expect(svg.getAttribute('aria-hidden')).toBe('true');
        const id = svg.getAttribute('data-chart');
        const link = svg.parentNode?.querySelector('figcaption a');
        expect(link?.getAttribute('href')).toBe(`#${id}-table`);
        expect(html.querySelector(`#${id}-table`)).not.toBeNull();
      }
    }
    expect(charts).toBe(datasets.filter((d) => d.chart).length);
  });
});
