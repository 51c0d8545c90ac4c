import { langCodes } from '../i18n/languages.ts';
import type { ContentDocument } from '../lint/document.ts';

/** A page whose words must be checked again soon, or should have been already. */
export interface DueRow {
  file: string;
  lang: string;
  /** `advice/carers` or `advice/carers (easy read)`. */
  page: string;
  /** YYYY-MM-DD, from the page's own frontmatter (translations have their own). */
  reviewDue: string;
  /** Days from today: negative when the date has passed. */
  daysLeft: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const msPerDay = 24 * 60 * 60 * 1000;

/** The date a frontmatter field holds, whether YAML gave a string or a Date. */
function dateOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : day(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  return undefined;
}

/**
 * Pages due for review within `withinDays` of `today`, and pages past their date, in the
 * order of the portal's languages, soonest first. A page with no valid date is left to
 * the content lint, which says what is wrong with it.
 */
export function reviewsDue(docs: ContentDocument[], today = new Date(), withinDays = 30): DueRow[] {
  const start = Date.parse(day(today));
  const rows: DueRow[] = [];
  for (const doc of docs) {
    const due = dateOf(doc.data.reviewDue);
    if (!due) continue;
    const daysLeft = Math.round((Date.parse(due) - start) / msPerDay);
    if (daysLeft > withinDays) continue;
    rows.push({
      file: doc.file,
      lang: doc.lang,
      page: `${doc.collection}/${doc.slug}${doc.variant === 'easy-read' ? ' (easy read)' : ''}`,
      reviewDue: due,
      daysLeft,
    });
  }
  const langOrder = (lang: string) => {
    const i = (langCodes as string[]).indexOf(lang);
    return i === -1 ? langCodes.length : i;
  };
  return rows.sort((a, b) => langOrder(a.lang) - langOrder(b.lang) || a.daysLeft - b.daysLeft || a.page.localeCompare(b.page));
}
