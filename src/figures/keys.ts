import type { Dataset } from './schema.ts';
import { themeIds } from './themes.ts';

/** Every figures.json key a data file's table needs: its words, by key. */
export function datasetKeys(dataset: Dataset): string[] {
  const keys = [`dataset.${dataset.title}`, `period.${dataset.period}`, `column.${dataset.rowHeader}`];
  for (const column of dataset.columns) {
    keys.push(`column.${column.label}`);
    if (column.period) keys.push(`period.${column.period}`);
  }
  for (const row of dataset.rows) {
    keys.push(`row.${row.label}`);
    for (const figure of row.cells) if (figure.kind === 'text') keys.push(`text.${figure.printed}`);
  }
  for (const total of dataset.totals) {
    keys.push(`row.${total.label}`);
    if (total.knownDifference) keys.push(`note.${total.knownDifference.reason}`);
  }
  for (const note of dataset.notes) keys.push(`note.${note}`);
  return [...new Set(keys)];
}

/** Keys every language's figures.json has whatever the data: the themes' titles and introductions. */
export function themeKeys(): string[] {
  return themeIds.flatMap((id) => [`theme.${id}.title`, `theme.${id}.intro`]);
}

/**
 * Keys the data files use that English does not have, as messages naming the file.
 * English is the fallback for every other language, so a key missing in English
 * would show as a bare key: the build stops instead.
 */
export function missingEnglishKeys(datasets: Dataset[], english: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const dataset of datasets) {
    const missing = datasetKeys(dataset).filter((key) => !(key in english));
    if (missing.length) problems.push(`content/figures/${dataset.id}.yaml: add to locales/en/figures.json: ${missing.join(', ')}`);
  }
  for (const key of themeKeys()) if (!(key in english)) problems.push(`locales/en/figures.json: add ${key}`);
  return problems;
}
