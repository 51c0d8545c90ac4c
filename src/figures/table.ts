import { sourceDocuments } from '../content/sources.ts';
import type { LangCode } from '../i18n/languages.ts';
import { localizedPath } from '../routing/paths.ts';
import type { Figure, NumericFigure } from './figure.ts';
import { formatFigure } from './format.ts';
import { unitOf, type Dataset, type DatasetColumn, type DatasetRow } from './schema.ts';
import { figuresText, type FiguresText, type LocalText } from './text.ts';
import { checkTotals } from './totals.ts';
import type { Unit } from './units.ts';

/** One cell as the reader sees it, with the figure it came from. */
export interface CellView {
  text: LocalText;
  /** Digits for a spreadsheet (`15944000`), or the words of a text cell. */
  plain: string;
  figure: Figure;
  unit: Unit;
}

export interface RowView {
  id: string;
  header: LocalText;
  cells: CellView[];
}

/** Everything a figures table shows, in one language: what the page and the CSV are both made from. */
export interface TableView {
  id: string;
  theme: string;
  lang: LangCode;
  title: LocalText;
  caption: LocalText;
  period: LocalText;
  rowHeader: LocalText;
  columns: { id: string; header: LocalText; numeric: boolean }[];
  rows: RowView[];
  totals: RowView[];
  notes: LocalText[];
  /** Plain words for each printed total that the rows do not add up to. */
  differences: LocalText[];
  /** "90% in 2023-24, up from 84% in 2022-23. …": one sentence per row, when the data file asks for it. */
  comparisons: LocalText[];
  source: { publisher: string; document: string; section: string };
  csvHref: string;
}

/** Joins pieces into one text; if any piece had to fall back to English, the whole is marked English. */
function joined(lang: LangCode, ...parts: LocalText[]): LocalText['lang'] {
  return parts.some((p) => p.lang !== lang) ? 'en' : lang;
}

function unitLabel(t: FiguresText, unit: Unit, outOf: number | undefined): LocalText | null {
  if (unit === 'text' || unit === 'score') return null;
  return t.text(`unit.${unit}`, { outOf: outOf === undefined ? '' : formatFigure(t.lang, plainFigure(outOf, 0), 'people', t).text });
}

function plainFigure(value: number, decimals: number): NumericFigure {
  const plain = value.toFixed(decimals);
  return { kind: 'number', printed: plain, value, decimals, plain };
}

function withUnit(t: FiguresText, label: LocalText, unit: LocalText | null): LocalText {
  if (!unit) return label;
  return { text: t.str('ui.headerWithUnit', { header: label.text, unit: unit.text }), lang: joined(t.lang, label, unit) };
}

function columnHeader(t: FiguresText, column: DatasetColumn, mixed: boolean): LocalText {
  const label = t.text(`column.${column.label}`);
  const period = column.period ? t.text(`period.${column.period}`) : null;
  const named = period
    ? { text: t.str('ui.headerWithPeriod', { label: label.text, period: period.text }), lang: joined(t.lang, label, period) }
    : label;
  // In a table whose rows have their own units, the unit goes in each row's heading instead.
  return mixed ? named : withUnit(t, named, unitLabel(t, column.unit, column.outOf));
}

function cell(t: FiguresText, figure: Figure, unit: Unit): CellView {
  if (figure.kind === 'text') {
    const text = t.text(`text.${figure.printed}`);
    return { text, plain: text.text, figure, unit };
  }
  return { text: formatFigure(t.lang, figure, unit, t), plain: figure.plain, figure, unit };
}

function rowView(t: FiguresText, dataset: Dataset, row: DatasetRow, mixed: boolean): RowView {
  const label = t.text(`row.${row.label}`);
  const header = mixed && row.unit ? withUnit(t, label, unitLabel(t, row.unit, row.outOf)) : label;
  return {
    id: row.id,
    header,
    cells: row.cells.map((figure, c) => cell(t, figure, unitOf(dataset.units, dataset.columns[c] ?? {}, row))),
  };
}

function comparisons(t: FiguresText, dataset: Dataset, rows: RowView[]): LocalText[] {
  const spec = dataset.comparison;
  if (!spec) return [];
  const index = (id: string) => dataset.columns.findIndex((c) => c.id === id);
  const [current, previous, rank] = [index(spec.current), index(spec.previous), spec.rank ? index(spec.rank) : -1];
  const periodOf = (i: number) => t.text(`period.${dataset.columns[i]?.period}`);
  return rows.map((row, r) => {
    const now = row.cells[current];
    const before = row.cells[previous];
    if (!now || !before || now.figure.kind !== 'number' || before.figure.kind !== 'number') throw new Error(`${dataset.id}: comparison needs figures`);
    const direction = now.figure.value > before.figure.value ? 'up' : now.figure.value < before.figure.value ? 'down' : 'same';
    const parts = [row.header, periodOf(current), periodOf(previous)];
    let text = t.str(`ui.compare.${direction}`, {
      label: row.header.text,
      current: now.text.text,
      period: periodOf(current).text,
      previous: before.text.text,
      previousPeriod: periodOf(previous).text,
    });
    const ranked = rank >= 0 ? row.cells[rank] : undefined;
    if (ranked) {
      const column = dataset.columns[rank];
      const outOf = dataset.rows[r]?.outOf ?? column?.outOf ?? 0;
      parts.push(periodOf(rank));
      text += ' ' + t.str('ui.compare.rank', {
        rank: ranked.text.text,
        outOf: formatFigure(t.lang, plainFigure(outOf, 0), 'people', t).text,
        period: periodOf(rank).text,
      });
    }
    return { text, lang: joined(t.lang, ...parts) };
  });
}

function differences(t: FiguresText, dataset: Dataset, view: Pick<TableView, 'columns' | 'totals'>): LocalText[] {
  return checkTotals(dataset)
    .filter((check) => !check.matches && check.knownDifference)
    .map((check) => {
      const c = dataset.columns.findIndex((col) => col.id === check.column);
      const total = view.totals[dataset.totals.findIndex((tot) => tot.label === check.total)];
      const unit = total?.cells[c]?.unit ?? 'people';
      const reason = t.text(`note.${check.knownDifference}`);
      const header = view.columns[c]?.header ?? { text: check.column, lang: t.lang };
      const text = t.str('ui.knownDifference', {
        column: header.text,
        sum: formatFigure(t.lang, plainFigure(check.sum.value, check.sum.decimals), unit, t).text,
        stated: total?.cells[c]?.text.text ?? check.stated.printed,
        reason: reason.text,
      });
      return { text, lang: joined(t.lang, reason, header) };
    });
}

/** The table of one data file in one language. */
export function buildTable(dataset: Dataset, lang: LangCode): TableView {
  const t = figuresText(lang);
  const mixed = dataset.rows.some((row) => row.unit !== undefined);
  const title = t.text(`dataset.${dataset.title}`);
  const period = t.text(`period.${dataset.period}`);
  const columns = dataset.columns.map((column) => ({
    id: column.id,
    header: columnHeader(t, column, mixed),
    numeric: !dataset.rows.some((row) => unitOf(dataset.units, column, row) === 'text'),
  }));
  const rows = dataset.rows.map((row) => rowView(t, dataset, row, mixed));
  const totals = dataset.totals.map((total) => ({
    id: total.label,
    header: t.text(`row.${total.label}`),
    cells: total.cells.map((figure, c) => (figure ? cell(t, figure, unitOf(dataset.units, dataset.columns[c] ?? {}, dataset.rows[0] ?? {})) : null)),
  }));
  const document = sourceDocuments[dataset.source.doc];
  const view: TableView = {
    id: dataset.id,
    theme: dataset.theme,
    lang,
    title,
    caption: { text: t.str('ui.caption', { title: title.text, period: period.text }), lang: joined(lang, title, period) },
    period,
    rowHeader: t.text(`column.${dataset.rowHeader}`),
    columns,
    rows,
    // Totals keep a cell for every column; a column with no printed total shows an empty cell.
    totals: totals.map((total) => ({ ...total, cells: total.cells.map((c) => c ?? emptyCell(lang)) })),
    notes: dataset.notes.map((id) => t.text(`note.${id}`)),
    differences: [],
    comparisons: comparisons(t, dataset, rows),
    source: { publisher: document.publisher, document: document.title, section: dataset.source.section },
    csvHref: `${localizedPath(lang, `figures/${dataset.theme}`)}${dataset.id}.csv`,
  };
  view.differences = differences(t, dataset, view);
  return view;
}

function emptyCell(lang: LangCode): CellView {
  return { text: { text: '', lang }, plain: '', figure: { kind: 'text', printed: '' }, unit: 'text' };
}

/** Marks an empty total cell (a column the source gives no total for). */
export function isEmptyCell(cell: CellView): boolean {
  return cell.figure.kind === 'text' && cell.figure.printed === '';
}
