import type { Language } from '../i18n/languages.ts';
import type { ChartInput } from './chart.ts';
import type { Dataset } from './schema.ts';
import type { TableView } from './table.ts';

/** The chart of a table, when its data file asks for one: the figures come from the table itself. */
export function chartInput(dataset: Dataset, view: TableView, language: Pick<Language, 'dir'> & { lineHeight: number }): ChartInput | null {
  if (!dataset.chart) return null;
  const indexes = dataset.chart.columns.map((id) => dataset.columns.findIndex((c) => c.id === id));
  const allPercent = indexes.every((i) => view.rows.every((row) => row.cells[i]?.unit === 'percent'));
  return {
    groups: view.rows.map((row) => ({
      label: row.header.text,
      bars: indexes.map((i) => {
        const cell = row.cells[i];
        if (!cell || cell.figure.kind !== 'number') throw new Error(`${dataset.id}: chart column holds no figure`);
        return { value: cell.figure.value, text: cell.text.text };
      }),
    })),
    series: indexes.length > 1 ? indexes.map((i) => view.columns[i]?.header.text ?? '') : [],
    dir: language.dir,
    lineHeight: language.lineHeight,
    ...(allPercent ? { max: 100 } : {}),
  };
}
