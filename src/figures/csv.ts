import { stringify } from 'csv-stringify/sync';
import type { TableView } from './table.ts';
import { withoutIsolates } from './text.ts';

/**
 * A table as a spreadsheet file: what it is, when and where from on the first lines,
 * then the table with plain digits (no £, % or commas) so a spreadsheet reads them as
 * numbers; the units are in the headings. UTF-8 with a byte order mark, so Excel shows
 * Gujarati, Urdu and the £ sign properly. csv-stringify does the quoting.
 */
export function datasetCsv(view: TableView, labels: { title: string; period: string; source: string; notes: string }): string {
  const { publisher, document, section } = view.source;
  const records: string[][] = [
    [labels.title, view.title.text],
    [labels.period, view.period.text],
    [labels.source, `${publisher}, ${document}: ${section}`],
    [],
    [view.rowHeader.text, ...view.columns.map((c) => c.header.text)],
    ...[...view.rows, ...view.totals].map((row) => [row.header.text, ...row.cells.map((c) => c.plain)]),
  ];
  const notes = [...view.differences, ...view.comparisons, ...view.notes].map((n) => n.text);
  if (notes.length) records.push([], ...notes.map((note, i) => [i === 0 ? labels.notes : '', note]));
  return stringify(records.map((record) => record.map(withoutIsolates)), { bom: true, record_delimiter: 'windows' });
}
