import { inputNames, placedQuestions } from '../forms/engine/walk.ts';
import { summarise, type SummaryRow } from '../forms/engine/summary.ts';
import type { FormDefinition, RawAnswers } from '../forms/engine/types.ts';
import { formsTranslator } from '../forms/i18n.ts';
import { formatDate } from '../i18n/format.ts';
import { getLanguage, isLangCode, type LangCode } from '../i18n/languages.ts';

/**
 * A stored request's answers as staff read them: each question in English, the answer in
 * English, and beside it the question and answer as the resident saw them, in their language.
 */
export interface AnswerRow {
  field: string;
  question: string;
  answer: string[];
  /** Free text is the resident's own words, in their language. */
  ownWords: boolean;
  ltr: boolean;
  theirs?: { question: string; answer: string[]; lang: LangCode; dir: 'ltr' | 'rtl' };
}

/** The schema's output back to what the form posted (dates as three boxes), for the summary. */
export function toRaw(def: FormDefinition, answers: Record<string, unknown>): RawAnswers {
  const raw: RawAnswers = {};
  for (const { question } of placedQuestions(def)) {
    const value = answers[question.id];
    if (question.kind === 'date' && typeof value === 'string') {
      const [year, month, day] = value.split('-');
      const [d, m, y] = inputNames(question);
      if (d && m && y) Object.assign(raw, { [d]: String(Number(day)), [m]: String(Number(month)), [y]: year ?? '' });
    } else if (typeof value === 'string' || Array.isArray(value)) raw[question.id] = value as string | string[];
    else if (typeof value === 'number') raw[question.id] = String(value);
  }
  return raw;
}

export function answerRows(def: FormDefinition, lang: string, answers: Record<string, unknown>): { title: string; rows: AnswerRow[] }[] {
  const raw = toRaw(def, answers);
  const en = summarise(def, raw, formsTranslator('en'), (iso) => formatDate('en', new Date(`${iso}T12:00:00Z`)));
  const theirLang = isLangCode(lang) && lang !== 'en' ? lang : undefined;
  const theirs = theirLang ? summarise(def, raw, formsTranslator(theirLang), (iso) => formatDate(theirLang, new Date(`${iso}T12:00:00Z`))) : [];
  const byField = new Map<string, SummaryRow>(theirs.flatMap((s) => s.rows.map((r) => [r.field, r] as const)));
  const kinds = new Map(placedQuestions(def).map((p) => [p.question.id, p.question.kind]));
  return en.map((section) => ({
    title: section.title,
    rows: section.rows.map((row) => {
      const kind = kinds.get(row.field);
      const other = byField.get(row.field);
      return {
        field: row.field,
        question: row.label,
        answer: row.value,
        ownWords: kind === 'text' || kind === 'textarea',
        ltr: Boolean(row.ltr),
        ...(theirLang && other ? { theirs: { question: other.label, answer: other.value, lang: theirLang, dir: getLanguage(theirLang).dir } } : {}),
      };
    }),
  }));
}
