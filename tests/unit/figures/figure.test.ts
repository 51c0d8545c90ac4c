import { describe, expect, it } from 'vitest';
import { englishOrdinalSuffix, parseFigure } from '../../../src/figures/figure.ts';
import { formatFigure } from '../../../src/figures/format.ts';
import { loadDatasets } from '../../../src/figures/load.ts';
import { unitOf } from '../../../src/figures/schema.ts';
import { figuresText } from '../../../src/figures/text.ts';
import { getLanguage, langCodes } from '../../../src/i18n/languages.ts';
import { readLocalNumber } from './helpers.ts';

describe('reading a figure as printed', () => {
  it.each([
    ['1,947', 'people', 1947, 0],
    ['6505', 'people', 6505, 0],
    ['£15,944,000', 'pounds', 15944000, 0],
    ['87.1%', 'percent', 87.1, 1],
    ['61.21%', 'percent', 61.21, 2],
    ['2,437', 'days', 2437, 0],
    ['141st', 'rank', 141, 0],
    ['112th', 'rank', 112, 0],
  ] as const)('%s (%s)', (text, unit, value, decimals) => {
    expect(parseFigure(text, unit)).toMatchObject({ kind: 'number', printed: text, value, decimals });
  });

  it.each([['90', 'percent'], ['15,944,000', 'pounds'], ['£15944,000', 'pounds'], ['12nd', 'rank'], ['0th', 'rank'], ['1,94,700', 'people'], ['-3', 'people'], ['Requires improvement', 'text']] as const)(
    'refuses %s as %s',
    (text, unit) => expect(parseFigure(text, unit)).toBeNull(),
  );

  it('gives English ordinals as the source writes them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 72, 81, 113, 141].map((n) => `${n}${englishOrdinalSuffix(n)}`)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '72nd', '81st', '113th', '141st'],
    );
  });
});

describe('every published figure', () => {
  const cells = loadDatasets().flatMap((dataset) =>
    dataset.rows.flatMap((row) =>
      row.cells.map((figure, c) => ({ id: `${dataset.id} ${row.id}`, figure, unit: unitOf(dataset.units, dataset.columns[c] ?? {}, row) })),
    ),
  );
  const numeric = cells.filter((c) => c.figure.kind === 'number');

  it('is there to check', () => expect(numeric.length).toBeGreaterThan(150));

  it('is written in English exactly as the source prints it', () => {
    const t = figuresText('en');
    const different = numeric
      .map((c) => ({ id: c.id, printed: c.figure.printed, shown: c.figure.kind === 'number' ? formatFigure('en', c.figure, c.unit, t).text : '' }))
      .filter((c) => c.printed !== c.shown);
    expect(different).toEqual([]);
  });

  it.each(langCodes.filter((l) => l !== 'en'))('keeps its value in %s', (lang) => {
    const t = figuresText(lang);
    const changed = numeric
      .map((c) => (c.figure.kind === 'number' ? { id: c.id, value: c.figure.value, read: readLocalNumber(lang, formatFigure(lang, c.figure, c.unit, t).text) } : null))
      .filter((c) => c && c.value !== c.read);
    expect(changed).toEqual([]);
  });

  it.each(langCodes)('uses the digits %s readers expect (the numbering system in languages.ts)', (lang) => {
    const sample = numeric.find((c) => c.figure.printed === '1,947');
    if (!sample || sample.figure.kind !== 'number') throw new Error('1,947 not found');
    const { numberingSystem } = getLanguage(lang);
    const expected = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }).format(1947);
    expect(formatFigure(lang, sample.figure, sample.unit, figuresText(lang)).text.replace(/\D/gu, (ch) => (/\p{Nd}/u.test(ch) ? ch : ''))).toBe(expected);
  });
});
