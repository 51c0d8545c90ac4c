import { placedQuestions } from '../forms/engine/walk.ts';
import { forms } from '../forms/registry.ts';
import type { StoredSubmission } from './store.ts';

/**
 * Staff exports: every submission with its reference. CSV for spreadsheets (one column per
 * question, in the forms' order), JSON for anything else.
 */
const FIXED = ['reference', 'form', 'language', 'received_at', 'status', 'outcome', 'assignee', 'urgent'] as const;

/** Columns for every question of the referral forms, each once, in page order. */
export function answerColumns(): string[] {
  const seen = new Set<string>();
  for (const def of Object.values(forms)) {
    if (def.kind !== 'ask') continue;
    for (const { question } of placedQuestions(def)) seen.add(question.id);
  }
  return [...seen];
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Quotes every cell, and stops a spreadsheet reading an answer as a formula: a cell that
 * starts with = + - @ or a tab gets a leading apostrophe (OWASP's advice on CSV injection).
 */
export function csvCell(value: unknown): string {
  let text = cellText(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: StoredSubmission[]): string {
  const columns = answerColumns();
  const lines = [[...FIXED, ...columns].map(csvCell).join(',')];
  for (const row of rows) {
    const fixed = [row.reference, row.form, row.lang, row.receivedAt, row.status, row.outcome, row.assignee, row.urgent ? 'yes' : 'no'];
    lines.push([...fixed, ...columns.map((c) => row.answers[c])].map(csvCell).join(','));
  }
  // A byte order mark so spreadsheet programs read Gujarati, Urdu and the rest as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: StoredSubmission[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
