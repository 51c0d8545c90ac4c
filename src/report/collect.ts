import type { ContentDocument } from '../lint/document.ts';
import { lintContent, loadContent } from '../lint/run.ts';
import type { Problem } from '../lint/rules.ts';
import { translationStatus, type StatusReport } from '../content/status.ts';
import { glossaryStatus } from '../glossary/status.ts';
import { reviewsDue, type DueRow } from './due.ts';

/** Words a writer left to fill in, such as the TODO that `npm run new:page` puts in. */
export interface Placeholder {
  file: string;
  line: number;
  text: string;
}

/** Everything the report says, gathered from the lint and status checks. */
export interface ReportInput {
  today: Date;
  problems: Problem[];
  status: StatusReport;
  due: DueRow[];
  placeholders: Placeholder[];
  /** Files this change touches, when known: their reading levels are shown too. */
  changedFiles?: string[];
}

/** Lines that still hold "TODO". Not an error (the lint decides those), but worth saying. */
export function findPlaceholders(docs: ContentDocument[]): Placeholder[] {
  const out: Placeholder[] = [];
  for (const doc of docs) {
    doc.frontmatter.split('\n').forEach((text, i) => {
      if (/\bTODO\b/.test(text)) out.push({ file: doc.file, line: i + 2, text: text.trim() });
    });
    doc.body.split('\n').forEach((text, i) => {
      if (/\bTODO\b/.test(text)) out.push({ file: doc.file, line: doc.bodyStartLine + i, text: text.trim() });
    });
  }
  return out;
}

/**
 * Runs the content lint and the translation status over the pages in `docs`. The
 * jargon buster's status is read from the project (it has no root of its own), so
 * tests that pass their own pages can leave it out.
 */
export function collectReport(docs: ContentDocument[], options: { today?: Date; withGlossary?: boolean; changedFiles?: string[]; dueWithinDays?: number } = {}): ReportInput {
  const today = options.today ?? new Date();
  const status = translationStatus(docs);
  if (options.withGlossary ?? true) {
    const glossary = glossaryStatus();
    status.rows.push(...glossary.rows);
    status.broken.push(...glossary.broken);
    status.english.push(...glossary.english);
  }
  const input: ReportInput = {
    today,
    problems: lintContent(docs, today),
    status,
    due: reviewsDue(docs, today, options.dueWithinDays ?? 30),
    placeholders: findPlaceholders(docs),
  };
  if (options.changedFiles) input.changedFiles = options.changedFiles;
  return input;
}

/** The project's pages, for the command line. */
export function collectProjectReport(options: { today?: Date; changedFiles?: string[] } = {}): ReportInput {
  return collectReport(loadContent(), options);
}

/** The report fails (exit code 1) only on lint errors or broken translation records. */
export function reportFails(input: ReportInput): boolean {
  return input.problems.some((p) => p.severity === 'error') || input.status.broken.length > 0;
}
