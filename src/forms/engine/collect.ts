import { inputNames, isAsked, placedQuestions } from './walk.ts';
import type { FormDefinition, RawAnswers } from './types.ts';

/** Longest single value kept from a post; the schema's own limits are far lower. */
const MAX_VALUE = 20_000;

type Source = URLSearchParams | Record<string, unknown>;

function getAll(source: Source, name: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(name);
  const value = source[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The form's own inputs from a post or a saved copy, and nothing else: unknown names and
 * the page's hidden fields are left out, text keeps what was typed (to show it again).
 */
export function rawFromSource(def: FormDefinition, source: Source): RawAnswers {
  const raw: RawAnswers = {};
  for (const { question } of placedQuestions(def)) {
    for (const name of inputNames(question)) {
      const values = getAll(source, name).map((v) => v.slice(0, MAX_VALUE));
      if (question.kind === 'checkboxes') {
        if (values.length) raw[name] = [...new Set(values)];
      } else if (values.length) {
        raw[name] = values[0] ?? '';
      }
    }
  }
  return raw;
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

/**
 * What the schema checks: one entry per question that is asked, by question id. Questions
 * not asked (their option is not chosen, their section does not apply) are left out, so
 * an answer typed and then hidden is never sent or stored.
 */
export function toSchemaInput(def: FormDefinition, raw: RawAnswers): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const placed of placedQuestions(def)) {
    if (!isAsked(placed, raw)) continue;
    const { question } = placed;
    if (question.kind === 'checkboxes') {
      const value = raw[question.id];
      const list = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => v !== '');
      input[question.id] = list;
    } else if (question.kind === 'date') {
      const [day, month, year] = inputNames(question).map((n) => clean(str(raw[n])));
      if (day || month || year) input[question.id] = { day, month, year };
    } else {
      const value = clean(str(raw[question.id]));
      if (value !== undefined) input[question.id] = value;
    }
  }
  return input;
}

function str(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
