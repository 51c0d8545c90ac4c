import { z } from 'astro/zod';
import { sourceDocuments, sourceIds } from '../content/sources.ts';
import { exampleFor, parseFigure, type Figure } from './figure.ts';
import { themeIds } from './themes.ts';
import { isAdditive, unitIds, type Unit } from './units.ts';

/**
 * A data file in content/figures/: one table of figures from one source document.
 * Words are not written here but named by key, so every language reads the same file:
 * the dataset's title is `dataset.<title>`, a column's heading `column.<label>`, a row's
 * `row.<label>`, the period `period.<period>` and notes `note.<id>`, all in
 * locales/<code>/figures.json. Figures are written exactly as the source prints them.
 */

/** Lower-case words joined by dashes, or a period such as 2023-24. */
const keyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, numbers and dashes');

const unit = z.enum(unitIds);

/** A figure as the source prints it: "1,947", "£15,944,000", "90%", "114th". Whole numbers may be left unquoted. */
const written = z.union([z.string().min(1), z.number().int().nonnegative()]);

const columnSchema = z.object({
  id: keyId,
  /** Heading key (`column.<label>`); the id when left out. */
  label: keyId.optional(),
  /** When the column's figures are from (`period.<period>`), shown in its heading. */
  period: keyId.optional(),
  /** What the figures count; the dataset's `units` when left out. */
  unit: unit.optional(),
  /** For ranks: how many councils were ranked ("out of 152 councils"). */
  outOf: z.number().int().positive().optional(),
});

const rowSchema = z.object({
  id: keyId,
  /** Heading key (`row.<label>`); the id when left out. */
  label: keyId.optional(),
  /** For tables that mix units row by row (such as workforce facts): this row's unit. */
  unit: unit.optional(),
  outOf: z.number().int().positive().optional(),
  /** One figure for each column, by column id. */
  values: z.record(keyId, written),
});

const totalSchema = z.object({
  /** Heading key (`row.<label>`). */
  label: keyId.default('total'),
  /** The total the source prints, by column id. Only columns of people, jobs, reviews, sessions or pounds. */
  values: z.record(keyId, written),
  /**
   * The rows do not add up to the printed total and we publish it as printed anyway.
   * `reason` is a note key (`note.<reason>`) that tells readers why, in plain words.
   */
  knownDifference: z.object({ reason: keyId }).optional(),
});

const sourceSchema = z.object({
  /** Which source document (see src/content/sources.ts). */
  doc: z.enum(sourceIds),
  /** The section and heading of that document, in its own (English) words. */
  section: z.string().min(3),
});

export const datasetFileSchema = z
  .object({
    /** The same as the file name, without `.yaml`. Also the table's anchor and CSV file name. */
    id: keyId,
    /** Title key (`dataset.<title>`); the id when left out. Next year's file can keep last year's title. */
    title: keyId.optional(),
    theme: z.enum(themeIds),
    /** Place on its page (lower first). */
    order: z.number().int().default(100),
    /** When the figures are from (`period.<period>`). */
    period: keyId,
    source: sourceSchema,
    /** Who published the source document; must match src/content/sources.ts. */
    publisher: z.string().min(3),
    /** What the figures count, unless a column or row says otherwise. */
    units: unit,
    /** Heading of the first column, the one that names each row (`column.<rowHeader>`). */
    rowHeader: keyId,
    columns: z.array(columnSchema).min(1),
    rows: z.array(rowSchema).min(1),
    /** Totals the source prints. The build adds up the rows and checks them. */
    totals: z.array(totalSchema).default([]),
    /** Notes under the table (`note.<id>`). */
    notes: z.array(keyId).default([]),
    /** Compare each row with an earlier result and a national rank, in words. Column ids. */
    comparison: z.object({ current: keyId, previous: keyId, rank: keyId.optional() }).optional(),
    /** Draw a bar chart of these columns (column ids), first column solid, second striped. */
    chart: z.object({ columns: z.array(keyId).min(1).max(2) }).optional(),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const columnIds = file.columns.map((c) => c.id);
    const columnById = new Map(file.columns.map((c) => [c.id, c]));
    const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of duplicates(columnIds)) issue(['columns'], `two columns have the id "${id}"`);
    for (const id of duplicates(file.rows.map((r) => r.id))) issue(['rows'], `two rows have the id "${id}"`);

    const document = sourceDocuments[file.source.doc];
    if (document.publisher !== file.publisher) {
      issue(['publisher'], `the publisher of ${file.source.doc} is "${document.publisher}"`);
    }

    file.rows.forEach((row, r) => {
      const keys = Object.keys(row.values);
      for (const id of columnIds) if (!keys.includes(id)) issue(['rows', r, 'values'], `row "${row.id}" has no figure for column "${id}"`);
      for (const key of keys) if (!columnById.has(key)) issue(['rows', r, 'values', key], `row "${row.id}" has a figure for "${key}", which is not a column`);
      for (const [key, value] of Object.entries(row.values)) {
        const column = columnById.get(key);
        if (!column) continue;
        const u = unitOf(file.units, column, row);
        if (!parseFigure(value, u)) issue(['rows', r, 'values', key], `"${value}" is not a figure in ${u}: write it as the source prints it, such as ${exampleFor(u)}`);
        if (u === 'rank' && !(row.outOf ?? column.outOf)) issue(['rows', r], `ranks need outOf: how many councils were ranked`);
      }
    });

    file.totals.forEach((total, t) => {
      for (const [key, value] of Object.entries(total.values)) {
        const column = columnById.get(key);
        if (!column) { issue(['totals', t, 'values', key], `"${key}" is not a column`); continue; }
        const units = new Set(file.rows.map((row) => unitOf(file.units, column, row)));
        const [u] = [...units];
        if (units.size !== 1 || !u || !isAdditive(u)) { issue(['totals', t, 'values', key], `column "${key}" cannot have a total: only people, jobs, reviews, sessions or pounds add up`); continue; }
        if (!parseFigure(value, u)) issue(['totals', t, 'values', key], `"${value}" is not a figure in ${u}, such as ${exampleFor(u)}`);
      }
    });

    if (file.comparison) {
      const { current, previous, rank } = file.comparison;
      for (const [name, id] of Object.entries({ current, previous, rank })) {
        if (id && !columnById.has(id)) issue(['comparison', name], `"${id}" is not a column`);
      }
      const a = columnById.get(current);
      const b = columnById.get(previous);
      if (a && b) {
        if (!a.period || !b.period) issue(['comparison'], 'the compared columns need a period each');
        if ((a.unit ?? file.units) !== (b.unit ?? file.units)) issue(['comparison'], 'the compared columns need the same unit');
      }
      const r = rank ? columnById.get(rank) : undefined;
      if (r && ((r.unit ?? file.units) !== 'rank' || !r.period)) issue(['comparison', 'rank'], `column "${rank}" needs unit: rank and a period`);
    }

    for (const id of file.chart?.columns ?? []) {
      const column = columnById.get(id);
      if (!column) issue(['chart', 'columns'], `"${id}" is not a column`);
      else if (file.rows.some((row) => ['text', 'rank'].includes(unitOf(file.units, column, row)))) issue(['chart', 'columns'], `column "${id}" holds words or ranks, which cannot be drawn as bars`);
    }
  })
  .transform((file) => {
    const read = (value: string | number, u: Unit): Figure => {
      const figure = parseFigure(value, u);
      if (!figure) throw new Error('unreachable: checked above');
      return figure;
    };
    const columns = file.columns.map((c) => ({ ...c, label: c.label ?? c.id, unit: c.unit ?? file.units }));
    return {
      ...file,
      title: file.title ?? file.id,
      columns,
      rows: file.rows.map((row) => ({
        id: row.id,
        label: row.label ?? row.id,
        unit: row.unit,
        outOf: row.outOf,
        cells: columns.map((c) => read(row.values[c.id] ?? '', unitOf(file.units, c, row))),
      })),
      totals: file.totals.map((total) => ({
        label: total.label,
        knownDifference: total.knownDifference,
        // One entry per column, in column order: null where the source prints no total.
        cells: columns.map((c) => {
          const value = total.values[c.id];
          return value === undefined ? null : read(value, unitOf(file.units, c, file.rows[0] ?? {}));
        }),
      })),
    };
  });

/** A row's unit: its own, else its column's, else the dataset's. */
export function unitOf(units: Unit, column: { unit?: Unit | undefined }, row: { unit?: Unit | undefined }): Unit {
  return row.unit ?? column.unit ?? units;
}

export type DatasetFile = z.input<typeof datasetFileSchema>;
export type Dataset = z.output<typeof datasetFileSchema>;
export type DatasetColumn = Dataset['columns'][number];
export type DatasetRow = Dataset['rows'][number];
export type DatasetTotal = Dataset['totals'][number];
