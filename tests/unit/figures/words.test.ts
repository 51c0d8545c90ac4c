import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetKeys, missingEnglishKeys, themeKeys } from '../../../src/figures/keys.ts';
import { loadDatasets } from '../../../src/figures/load.ts';
import { themesWithData } from '../../../src/figures/routes.ts';
import { themeIds } from '../../../src/figures/themes.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { root } from './helpers.ts';

const read = (code: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, 'locales', code, 'figures.json'), 'utf8'));
const english = read('en');
const datasets = loadDatasets();

/** The numbers in a string, whatever digits it is written in: a translation must keep them all. */
function numbersIn(text: string): string[] {
  const western = text
    .replace(/\{\{\w+\}\}/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0AE6-\u0AEF]/g, (d) => String(d.charCodeAt(0) - 0x0ae6))
    .replace(/[\u0A66-\u0A6F]/g, (d) => String(d.charCodeAt(0) - 0x0a66));
  return (western.match(/\d+/g) ?? []).sort();
}

// Kept for data files to come: the note a knownDifference names when a source's total is wrong.
const keptForFutureData = ['note.source-does-not-add-up'];

describe('figures words', () => {
  it('has English for every key the data files use, and every page has data', () => {
    expect(missingEnglishKeys(datasets, english)).toEqual([]);
    expect(themesWithData(datasets)).toEqual([...themeIds]);
  });

  it('has no English data words that no data file uses', () => {
    const used = new Set([...datasets.flatMap(datasetKeys), ...themeKeys(), ...keptForFutureData]);
    const unused = Object.keys(english).filter((key) => /^(dataset|period|column|row|note|text|theme)\./.test(key) && !used.has(key));
    expect(unused).toEqual([]);
  });

  it('catches a data file whose words are missing', () => {
    const [first] = datasets;
    if (!first) throw new Error('no data');
    const { [`dataset.${first.id}`]: _gone, ...rest } = english;
    expect(missingEnglishKeys([first], rest)).toEqual([`content/figures/${first.id}.yaml: add to locales/en/figures.json: dataset.${first.id}`]);
  });

  it.each(languages.filter((l) => l.code !== 'en').map((l) => [l.englishName, l.code] as const))('%s keeps every number of the English', (_name, code) => {
    const own = read(code);
    const changed = Object.entries(own)
      .filter(([key]) => key in english)
      .filter(([key, value]) => numbersIn(value).join(' ') !== numbersIn(english[key] ?? '').join(' '))
      .map(([key, value]) => `${key}: "${value}"`);
    expect(changed).toEqual([]);
  });

  it.each(languages.map((l) => [l.englishName, l.code] as const))('%s says whether its words have been checked', (_name, code) => {
    const status = read(code)['translation.status'];
    expect(code === 'en' ? ['source'] : ['draft', 'reviewed']).toContain(status);
  });
});
