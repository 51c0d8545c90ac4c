import { languages } from '../i18n/languages.ts';
import type { Problem } from '../lint/rules.ts';
import type { StatusRow } from '../content/status.ts';
import type { DueRow } from './due.ts';
import { reportFails, type ReportInput } from './collect.ts';
import { plainMessage } from './plain-words.ts';

/**
 * The content check as a short Markdown report for a pull request comment: what is
 * wrong, where, and how to fix it, then how the translations and review dates stand.
 * The lint and status checks decide what is wrong; this only says it for people.
 */

export interface RenderOptions {
  /** Start of a link to a file at this change, e.g. https://github.com/o/r/blob/<sha>/ */
  linkBase?: string;
  /** Longest list shown before "and N more", to keep the comment readable. */
  maxItems?: number;
}

/** `<WhatNext>` in a message would vanish in GitHub's Markdown: show it as text. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function languageName(code: string): string {
  const lang = languages.find((l) => l.code === code);
  if (!lang) return code;
  return lang.name === lang.englishName ? lang.name : `${lang.englishName} (${lang.name})`;
}

function where(file: string, line: number | undefined, options: RenderOptions): string {
  const label = line ? `${file}, line ${line}` : file;
  return options.linkBase ? `[${label}](${options.linkBase}${file}${line ? `#L${line}` : ''})` : `\`${label}\``;
}

function capped<T>(items: T[], max: number, show: (item: T) => string): string[] {
  const lines = items.slice(0, max).map(show);
  if (items.length > max) lines.push(`- …and ${items.length - max} more.`);
  return lines;
}

function problemsByFile(problems: Problem[]): Map<string, Problem[]> {
  const byFile = new Map<string, Problem[]>();
  for (const p of [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  }
  return byFile;
}

function fixSection(errors: Problem[], options: Required<Pick<RenderOptions, 'maxItems'>> & RenderOptions): string[] {
  if (!errors.length) return [];
  const out = ['### What to fix', ''];
  let shown = 0;
  for (const [file, problems] of problemsByFile(errors)) {
    if (shown >= options.maxItems) break;
    out.push(`**${options.linkBase ? `[${file}](${options.linkBase}${file})` : `\`${file}\``}**`, '');
    for (const p of problems) {
      if (shown >= options.maxItems) break;
      shown += 1;
      out.push(`- ${options.linkBase ? `[Line ${p.line}](${options.linkBase}${file}#L${p.line})` : `Line ${p.line}`}: ${escape(p.message)}`);
      if (p.fix) out.push(`  How to fix: ${escape(p.fix)}`);
    }
    out.push('');
  }
  if (errors.length > shown) out.push(`…and ${errors.length - shown} more. Run \`npm run lint:content\` to see them all.`, '');
  return out;
}

/**
 * Page names, short: `carers` for both versions of an advice page, `carers (easy read)`
 * for one, `privacy (help page)`, `jargon buster`.
 */
export function shortPageList(pages: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    const [, collection = '', slug = '', easy] = /^([^/]+)\/(.+?)( \(easy read\))?$/.exec(page) ?? [];
    const key = `${collection}/${slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const both = pages.includes(key) && pages.includes(`${key} (easy read)`);
    if (collection === 'glossary') out.push('jargon buster');
    else if (collection === 'pages') out.push(`${slug} (help page)`);
    else out.push(both ? slug : `${slug}${easy ? ' (easy read)' : ' (plain English)'}`);
  }
  return out;
}

const stateWords: Record<StatusRow['state'], string> = {
  'up-to-date': 'Checked and up to date',
  draft: 'Draft, not checked yet',
  stale: 'Needs updating: the English page changed',
  missing: 'Not translated yet',
};

function translationSection(input: ReportInput, options: Required<Pick<RenderOptions, 'maxItems'>>): string[] {
  const rows = input.status.rows;
  if (!rows.length) return [];
  const langs = [...new Set(rows.map((r) => r.lang))];
  const count = (lang: string, state: StatusRow['state']) => rows.filter((r) => r.lang === lang && r.state === state).length;
  const out = [
    '### Translations',
    '',
    `| Language | ${stateWords['up-to-date']} | ${stateWords.draft} | ${stateWords.stale} | ${stateWords.missing} |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...langs.map((l) => `| ${languageName(l)} | ${count(l, 'up-to-date')} | ${count(l, 'draft')} | ${count(l, 'stale')} | ${count(l, 'missing')} |`),
    '',
    'A community reviewer checks a draft, then sets `status: reviewed`, `reviewedBy` and `reviewedOn` (the editor has these fields).',
    'To update a translation that needs it, change its words to match the English page, then copy the English page’s fingerprint below into its `sourceHash`.',
    '',
  ];
  const stale = rows.filter((r) => r.state === 'stale');
  if (stale.length) {
    const hashes = new Map(input.status.english.map((e) => [e.page, e.hash]));
    out.push('<details><summary>Translations that need updating, with the fingerprint to copy</summary>', '');
    out.push(...capped(stale, options.maxItems, (r) => `- ${languageName(r.lang)}: ${r.page}, \`${r.file}\`. Fingerprint: \`${hashes.get(r.page) ?? 'run npm run content:status -- --hashes'}\``));
    out.push('', '</details>', '');
  }
  for (const state of ['draft', 'missing'] as const) {
    const these = rows.filter((r) => r.state === state);
    if (!these.length) continue;
    out.push(`<details><summary>${stateWords[state]}: ${plural(these.length, 'page')}</summary>`, '', 'A page name on its own means both its plain English and easy read versions.', '');
    for (const lang of langs) {
      const pages = these.filter((r) => r.lang === lang).map((r) => r.page);
      if (!pages.length) continue;
      if (pages.length === rows.filter((r) => r.lang === lang).length) {
        out.push(`- ${languageName(lang)}: all ${pages.length} pages.`);
        continue;
      }
      const names = shortPageList(pages);
      out.push(`- ${languageName(lang)}: ${names.slice(0, options.maxItems).join(', ')}${names.length > options.maxItems ? `, and ${names.length - options.maxItems} more` : ''}.`);
    }
    out.push('', '</details>', '');
  }
  return out;
}

function dueSection(due: DueRow[], options: Required<Pick<RenderOptions, 'maxItems'>> & RenderOptions): string[] {
  const out = ['### Pages due for review', ''];
  if (!due.length) return [...out, 'No page is due for review in the next 30 days.', ''];
  const past = due.filter((d) => d.daysLeft < 0);
  const soon = due.filter((d) => d.daysLeft >= 0);
  out.push(`${plural(past.length, 'page')} past the review date, ${plural(soon.length, 'page')} due in the next 30 days. To review a page, check its words are still right, then set \`lastReviewed\` to today and \`reviewDue\` six months later.`, '');
  out.push(
    ...capped(due, options.maxItems, (d) => {
      const when = d.daysLeft < 0 ? `was due ${d.reviewDue}` : d.daysLeft === 0 ? `due today (${d.reviewDue})` : `due ${d.reviewDue}, in ${plural(d.daysLeft, 'day')}`;
      return `- ${languageName(d.lang)}: ${d.page}, ${when}. ${where(d.file, undefined, options)}`;
    }),
  );
  out.push('');
  return out;
}

/** The report, as Markdown. */
export function renderReport(input: ReportInput, options: RenderOptions = {}): string {
  const opts = { maxItems: 40, ...options };
  const errors = input.problems.filter((p) => p.severity === 'error').map(plainMessage);
  const broken = input.status.broken;
  const toFix = errors.length + broken.length;
  const out = ['## Content check', ''];
  out.push(
    reportFails(input)
      ? `❌ **${plural(toFix, 'thing')} to fix** before this change can go on the website. Each one says where it is and how to fix it.`
      : '✅ **No problems found.** The pages follow the writing rules. Thank you!',
    '',
  );
  out.push(...fixSection(errors, opts));

  if (broken.length) {
    out.push('### Translation records to fix', '');
    out.push(...capped(broken, opts.maxItems, (b) => `- ${where(b.file, undefined, opts)}: ${escape(b.message)}`));
    out.push('', 'How to fix: each one says what to change. The `translation:` block is explained in content/README.md.', '');
  }

  if (input.placeholders.length) {
    out.push('### Words still to write', '');
    out.push(...capped(input.placeholders, opts.maxItems, (p) => `- ${where(p.file, p.line, opts)}: ${escape(p.text)}`));
    out.push('', 'Replace each TODO with the real words before this change goes live.', '');
  }

  if (input.changedFiles?.length) {
    const changed = new Set(input.changedFiles);
    const levels = input.problems.filter((p) => p.severity === 'advice' && changed.has(p.file));
    if (levels.length) {
      out.push('### Reading level of the pages you changed', '');
      out.push(...levels.map((p) => `- \`${p.file}\`: ${escape(p.message)}`));
      out.push('', 'A lower grade is easier to read. Short sentences and everyday words bring it down.', '');
    }
  }

  out.push(...translationSection(input, opts));
  out.push(...dueSection(input.due, opts));
  out.push(`<sub>Checked on ${input.today.toISOString().slice(0, 10)} by \`npm run content:report\`. CONTRIBUTING.md explains each check.</sub>`, '');
  return out.join('\n');
}
