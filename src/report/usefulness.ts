import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { usefulnessReport, type PageUsefulness } from '../feedback/useful.ts';
import { DATABASE_FILE } from '../submissions/store.ts';

/** "Was this page useful?" from a portal's database, without creating or changing the file. */
export function readUsefulness(dataDir: string): PageUsefulness[] | undefined {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) return undefined;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'page_feedback'").get();
    return has ? usefulnessReport(db, { comments: 1 }) : undefined;
  } finally {
    db.close();
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The content report's section: the pages that fail people first. Comments are left out (they are residents' words). */
export function renderUsefulness(rows: PageUsefulness[] | undefined, limit = 20): string {
  if (!rows) return '';
  const lines = ['', '## Was this page useful?', ''];
  if (!rows.length) return [...lines, 'No answers yet.', ''].join('\n');
  lines.push('| page | language | answers | useful |', '| --- | --- | ---: | ---: |');
  for (const r of rows.slice(0, limit)) {
    lines.push(`| ${cell(r.slug)}${r.variant === 'easy-read' ? ' (easy read)' : ''} | ${r.lang} | ${r.answers} | ${Math.round(r.share * 100)}% |`);
  }
  if (rows.length > limit) lines.push('', `And ${rows.length - limit} more pages: managers see them all at /staff/feedback/.`);
  return [...lines, ''].join('\n');
}
