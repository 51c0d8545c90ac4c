import { langCodes } from '../i18n/languages.ts';
import { contentHash } from './hash.ts';
import { sourceHashSchema } from './schema.ts';
import { translationState, type TranslationState } from './translation-status.ts';
import type { ContentDocument } from '../lint/document.ts';

export interface StatusRow {
  /** `advice/carers` or `advice/carers (easy read)`. */
  page: string;
  file: string;
  lang: string;
  state: Exclude<TranslationState, 'source'>;
  reviewedBy?: string;
}

export interface BrokenRecord {
  file: string;
  message: string;
}

export interface StatusReport {
  /** Fingerprints of the English pages, which translations record as sourceHash. */
  english: { page: string; file: string; hash: string }[];
  rows: StatusRow[];
  broken: BrokenRecord[];
}

const pageName = (d: ContentDocument) => `${d.collection}/${d.slug}${d.variant === 'easy-read' ? ' (easy read)' : ''}`;
const key = (d: ContentDocument) => `${d.collection}/${d.slug}/${d.variant}`;

export function englishHashOf(d: ContentDocument): string {
  return contentHash({ title: String(d.data.title ?? ''), summary: String(d.data.summary ?? ''), body: d.body });
}

/**
 * The state of every page in every language. Broken records are translations that point
 * at no English page, or whose record is malformed: those, and only those, fail the check.
 */
export function translationStatus(docs: ContentDocument[]): StatusReport {
  const english = new Map(docs.filter((d) => d.lang === 'en').map((d) => [key(d), d]));
  const byKeyLang = new Map(docs.filter((d) => d.lang !== 'en').map((d) => [`${key(d)}/${d.lang}`, d]));
  const broken: BrokenRecord[] = [];
  for (const d of docs) {
    if (d.lang === 'en') continue;
    if (!(langCodes as string[]).includes(d.lang)) {
      broken.push({ file: d.file, message: `"${d.lang}" is not one of the portal's languages (${langCodes.join(', ')}).` });
    }
    if (!english.has(key(d))) {
      broken.push({ file: d.file, message: `This translation has no English page to come from (expected ${d.file.replace(/\/[^/]+$/, '')}/en${d.variant === 'easy-read' ? '.easy-read' : ''}.mdx).` });
    }
    const record = d.data.translation as { sourceHash?: unknown } | undefined;
    if (!record) broken.push({ file: d.file, message: 'This translation has no `translation:` record (sourceHash and status).' });
    else if (!sourceHashSchema.safeParse(record.sourceHash).success) {
      broken.push({ file: d.file, message: `sourceHash "${String(record.sourceHash ?? '')}" is not a 64-character fingerprint. Copy it from \`npm run content:status\`.` });
    }
  }
  const rows: StatusRow[] = [];
  const englishList = [...english.values()].sort((a, b) => key(a).localeCompare(key(b)));
  for (const lang of langCodes.filter((l) => l !== 'en')) {
    for (const en of englishList) {
      const tr = byKeyLang.get(`${key(en)}/${lang}`);
      const record = tr?.data.translation as { sourceHash: string; status: 'draft' | 'reviewed'; reviewedBy?: string } | undefined;
      const state = translationState(record ? { from: 'en', ...record } : undefined, false, englishHashOf(en)) as StatusRow['state'];
      const row: StatusRow = { page: pageName(en), file: tr?.file ?? en.file, lang, state };
      if (record?.reviewedBy) row.reviewedBy = record.reviewedBy;
      rows.push(row);
    }
  }
  return { english: englishList.map((d) => ({ page: pageName(d), file: d.file, hash: englishHashOf(d) })), rows, broken };
}

/** A plain text table per language, for people. */
export function formatStatusTables(report: StatusReport): string {
  const out: string[] = [];
  for (const lang of langCodes.filter((l) => l !== 'en')) {
    const rows = report.rows.filter((r) => r.lang === lang);
    const count = (s: string) => rows.filter((r) => r.state === s).length;
    out.push(`\n${lang}: ${count('up-to-date')} up to date, ${count('stale')} stale, ${count('draft')} draft, ${count('missing')} missing`);
    const width = Math.max(...rows.map((r) => r.page.length), 4);
    for (const r of rows) out.push(`  ${r.page.padEnd(width)}  ${r.state}${r.reviewedBy ? ` (reviewed by ${r.reviewedBy})` : ''}`);
  }
  return out.join('\n');
}
