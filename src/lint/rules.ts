import { lintConfig } from './config.ts';
import { fieldLine, proseLines, sentences, wordCount, type ContentDocument } from './document.ts';

export type Severity = 'error' | 'advice';

/** One thing the lint found: where, what, and how to fix it, in plain words. */
export interface Problem {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
}

const isEnglish = (doc: ContentDocument) => doc.lang === 'en';

/** "service user", "client" and "customer" are not words we use for people. */
export function bannedWords(doc: ContentDocument): Problem[] {
  if (!isEnglish(doc)) return [];
  const lines = [{ line: fieldLine(doc, 'title'), text: String(doc.data.title ?? '') }, { line: fieldLine(doc, 'summary'), text: String(doc.data.summary ?? '') }, ...proseLines(doc)];
  const out: Problem[] = [];
  for (const { line, text } of lines) {
    for (const rule of lintConfig.bannedWords) {
      const found = rule.pattern.exec(text);
      if (found) {
        out.push({ file: doc.file, line, rule: 'respectful-words', severity: 'error', message: `"${found[0]}" is a word we do not use for people.`, fix: rule.suggestion });
      }
    }
  }
  return out;
}

/** Sentences over 25 words (15 in easy read) are hard to follow. */
export function longSentences(doc: ContentDocument): Problem[] {
  if (!isEnglish(doc)) return [];
  const max = lintConfig.maxSentenceWords[doc.variant];
  const out: Problem[] = [];
  for (const { line, text, heading } of proseLines(doc)) {
    if (heading) continue;
    // People's own words are quoted exactly, so quotations do not count towards the limit.
    const withoutQuotes = text.replace(/“[^”]*”|"[^"]*"/g, '"…"');
    for (const sentence of sentences(withoutQuotes)) {
      const words = wordCount(sentence);
      if (words > max) {
        const start = sentence.split(/\s+/).slice(0, 8).join(' ');
        out.push({
          file: doc.file, line, rule: 'sentence-length', severity: 'error',
          message: `A sentence has ${words} words ("${start}…"). The most is ${max}${doc.variant === 'easy-read' ? ' in easy read' : ''}.`,
          fix: 'Split it into two shorter sentences, or make it a list.',
        });
      }
    }
  }
  return out;
}

/** An abbreviation must be spelt out the first time a page uses it: "occupational therapist (OT)". */
export function abbreviations(doc: ContentDocument): Problem[] {
  if (!isEnglish(doc)) return [];
  const seen = new Set<string>();
  const out: Problem[] = [];
  const lines = [{ line: fieldLine(doc, 'summary'), text: String(doc.data.summary ?? '') }, ...proseLines(doc)];
  for (const { line, text } of lines) {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])([A-Z][A-Z0-9]*[A-Z])(s?)(?![\p{L}\p{N}'’-])/gu)) {
      const abbr = match[1] ?? '';
      if ((lintConfig.notAbbreviations as readonly string[]).includes(abbr) || seen.has(abbr)) continue;
      seen.add(abbr);
      const at = match.index ?? 0;
      const before = text.slice(0, at);
      const after = text.slice(at + match[0].length);
      const inBrackets = /\(\s*$/.test(before) && /^\s*\)/.test(after);
      const explainedAfter = /^\s*\([^)]{4,}\)/.test(after);
      if (!inBrackets && !explainedAfter) {
        out.push({
          file: doc.file, line, rule: 'abbreviation', severity: 'error',
          message: `"${abbr}" is used before it is spelt out on this page.`,
          fix: `The first time, write the words in full with the abbreviation after them, like "occupational therapist (OT)". Or just use the full words.`,
        });
      }
    }
  }
  return out;
}

/** Pages are checked every six months; a page past its date must be checked again. */
export function reviewDates(doc: ContentDocument, today: Date): Problem[] {
  const due = doc.data.reviewDue ? new Date(String(doc.data.reviewDue instanceof Date ? doc.data.reviewDue.toISOString() : doc.data.reviewDue)) : undefined;
  const last = doc.data.lastReviewed ? new Date(String(doc.data.lastReviewed instanceof Date ? doc.data.lastReviewed.toISOString() : doc.data.lastReviewed)) : undefined;
  const out: Problem[] = [];
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (due && !Number.isNaN(due.getTime()) && day(due) < day(today)) {
    out.push({ file: doc.file, line: fieldLine(doc, 'reviewDue'), rule: 'review-date', severity: 'error', message: `The review date ${day(due)} has passed.`, fix: 'Check the page is still right, then set lastReviewed to today and reviewDue six months later.' });
  }
  if (last && !Number.isNaN(last.getTime()) && day(last) > day(today)) {
    out.push({ file: doc.file, line: fieldLine(doc, 'lastReviewed'), rule: 'review-date', severity: 'error', message: `lastReviewed (${day(last)}) is in the future.`, fix: 'Set lastReviewed to the day the page was checked.' });
  }
  return out;
}

/** Every page tells people who to contact. */
export function hasContact(doc: ContentDocument): Problem[] {
  const contacts = doc.data.contacts;
  if (Array.isArray(contacts) && contacts.length > 0) return [];
  return [{ file: doc.file, line: fieldLine(doc, 'contacts'), rule: 'contact', severity: 'error', message: 'This page has no contact.', fix: 'Add at least one id from content/contacts.yaml to `contacts`, for example: contacts: [adult-social-care]' }];
}

/** Every advice page ends with what to do next. */
export function hasWhatNext(doc: ContentDocument): Problem[] {
  if (doc.collection !== 'advice' || /<WhatNext>/.test(doc.body)) return [];
  return [{ file: doc.file, line: doc.bodyStartLine, rule: 'what-next', severity: 'error', message: 'This page does not say what to do next.', fix: 'End the page with <WhatNext> … </WhatNext> giving the next steps.' }];
}

/** Reading level, as advice (and an error only above the ceiling). */
export function readingLevel(doc: ContentDocument, measure: (text: string) => { grade: number; ease: number }): Problem[] {
  if (!isEnglish(doc)) return [];
  const text = proseLines(doc).filter((l) => !l.heading).map((l) => (/[.!?]$/.test(l.text) ? l.text : `${l.text}.`)).join(' ');
  if (text.split(/\s+/).length < 40) return [];
  const { grade, ease } = measure(text);
  const max = lintConfig.maxGrade[doc.variant];
  const summary = `Reading grade ${grade.toFixed(1)} (reading age about ${Math.round(grade + 5)}), reading ease ${ease.toFixed(0)}.`;
  if (grade > max) {
    return [{ file: doc.file, line: doc.bodyStartLine, rule: 'reading-level', severity: 'error', message: `${summary} The most we allow is grade ${max}.`, fix: 'Use shorter sentences and everyday words. Split long paragraphs.' }];
  }
  return [{ file: doc.file, line: doc.bodyStartLine, rule: 'reading-level', severity: 'advice', message: summary, fix: '' }];
}
