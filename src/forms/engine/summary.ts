import { inputNames, isAsked, placedQuestions } from './walk.ts';
import type { FormDefinition, Option, Question, RawAnswers } from './types.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface SummaryRow {
  field: string;
  /** Input the "Change" button returns to. */
  anchor: string;
  label: string;
  /** One entry per line or per chosen option. */
  value: string[];
  /** Lang and dir of a value that is not in the page's language (a language's own name). */
  valueLang?: { lang: string; dir: 'ltr' | 'rtl' };
  /** A value that always reads left to right (phone, email, postcode, money). */
  ltr?: boolean;
}

export interface SummarySection {
  id: string;
  title: string;
  rows: SummaryRow[];
}

function optionLabel(question: Question & { options: readonly Option[] }, option: Option, t: Translate): string {
  if (option.literal) return option.literal.text;
  return t(option.label ?? `${question.text}.option.${option.value}`);
}

function asList(value: string | string[] | undefined): string[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value.trim() === '' ? [] : [value];
}

/** Dates stay as the person typed them, written the way the page's language writes dates. */
export type FormatDate = (iso: string) => string;

/**
 * The answers as question and answer pairs, in page order, for "check your answers", the
 * downloaded copy and the print-out. Only questions that were asked are listed.
 */
export function summarise(def: FormDefinition, raw: RawAnswers, t: Translate, formatDate: FormatDate): SummarySection[] {
  const sections = new Map<string, SummarySection>();
  for (const placed of placedQuestions(def)) {
    if (!isAsked(placed, raw)) continue;
    const { question, section } = placed;
    let value: string[];
    let valueLang: SummaryRow['valueLang'];
    if (question.kind === 'radios' || question.kind === 'checkboxes' || question.kind === 'select') {
      const chosen = asList(raw[question.id]);
      const options = question.options.filter((o) => chosen.includes(o.value));
      value = options.map((o) => optionLabel(question, o, t));
      const literal = options[0]?.literal;
      if (literal && options.length === 1) valueLang = { lang: literal.lang, dir: literal.dir };
    } else if (question.kind === 'date') {
      const [day, month, year] = inputNames(question).map((n) => asList(raw[n])[0]?.trim() ?? '');
      const iso = `${year?.padStart(4, '0')}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
      value = day || month || year ? [/^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? formatDate(iso) : `${day} ${month} ${year}`] : [];
    } else {
      value = asList(raw[question.id])[0]?.replace(/\r\n?/g, '\n').trim().split('\n') ?? [];
      value = value.filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1));
    }
    if (!sections.has(section.id)) sections.set(section.id, { id: section.id, title: t(`${section.text}.title`), rows: [] });
    sections.get(section.id)?.rows.push({
      field: question.id,
      anchor: question.kind === 'date' ? `f-${question.id}-day` : `f-${question.id}`,
      label: t(`${question.text}.label`),
      value: value.length ? value : [t('common.notAnswered')],
      ...(valueLang ? { valueLang } : {}),
      ...(question.kind === 'text' && question.ltr ? { ltr: true } : {}),
    });
  }
  return [...sections.values()];
}

/** A plain-text copy to download or keep: no markup, readable in any text editor. */
export function summaryText(title: string, preamble: string[], sections: SummarySection[]): string {
  const lines = [title, '='.repeat(Math.min(title.length, 60)), '', ...preamble, ''];
  for (const section of sections) {
    lines.push(section.title, '-'.repeat(Math.min(section.title.length, 60)));
    for (const row of section.rows) {
      lines.push(row.label, ...row.value.map((v) => `  ${v}`), '');
    }
  }
  return lines.join('\n');
}
