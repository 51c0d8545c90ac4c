import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { forms } from '../forms/registry.ts';
import { daysWaited, dueDate, overdueCutOffs } from './promise.ts';
import { STATUSES, type Status } from './status.ts';

/**
 * The inbox: every request of every form, filtered and sorted on the server (the page works
 * with JavaScript off), a page at a time. Every filter and sort is a column with an index, so
 * the thousandth page costs about what the first does.
 */
export const REFERRAL_FORMS = Object.values(forms).filter((f) => f.kind === 'ask').map((f) => f.id);
export const SORTS = ['oldest', 'newest', 'status', 'form'] as const;
export const PAGE_SIZE = 50;

const optionalText = z.string().trim().max(254).optional().transform((v) => v || undefined);

/** The query string, read leniently: an unknown value means "no filter", never an error page. */
export const inboxQuerySchema = z.object({
  form: z.enum(REFERRAL_FORMS as [string, ...string[]]).optional().catch(undefined),
  status: z.enum([...STATUSES, 'open'] as [string, ...string[]]).optional().catch(undefined),
  urgent: z.literal('yes').optional().catch(undefined),
  overdue: z.literal('yes').optional().catch(undefined),
  assignee: optionalText.catch(undefined),
  sort: z.enum(SORTS).catch('oldest'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const readInboxQuery = (params: URLSearchParams): InboxQuery => inboxQuerySchema.parse(Object.fromEntries(params));

export interface InboxRow {
  reference: string;
  form: string;
  lang: string;
  receivedAt: string;
  urgent: boolean;
  status: Status;
  outcome: string | null;
  assignee: string | null;
  waitedDays: number;
  dueAt: string | undefined;
  overdue: boolean;
}

const ORDER: Record<(typeof SORTS)[number], string> = {
  oldest: 'received_at ASC, id ASC',
  newest: 'received_at DESC, id DESC',
  status: "CASE status WHEN 'new' THEN 0 WHEN 'in-progress' THEN 1 WHEN 'waiting' THEN 2 ELSE 3 END, received_at ASC, id ASC",
  form: 'form ASC, received_at ASC, id ASC',
};

export function inboxWhere(query: InboxQuery, now: Date): { sql: string; params: SQLInputValue[] } {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.form) { where.push('form = ?'); params.push(query.form); }
  if (query.status === 'open') where.push("status <> 'closed'");
  else if (query.status) { where.push('status = ?'); params.push(query.status); }
  if (query.urgent) where.push('urgent = 1');
  if (query.assignee === 'none') where.push('assignee IS NULL');
  else if (query.assignee) { where.push('assignee = ?'); params.push(query.assignee.toLowerCase()); }
  if (query.overdue) {
    const cuts = overdueCutOffs(now).filter((c) => !query.form || c.form === query.form);
    where.push("status <> 'closed'");
    where.push(cuts.length ? `(${cuts.map(() => '(form = ? AND received_at < ?)').join(' OR ')})` : '0');
    for (const c of cuts) params.push(c.form, c.before);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function inboxPage(db: DatabaseSync, query: InboxQuery, now = new Date()): { rows: InboxRow[]; total: number; pages: number } {
  const { sql, params } = inboxWhere(query, now);
  const total = Number((db.prepare(`SELECT count(*) AS n FROM submissions ${sql}`).get(...params) as { n: number }).n);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = db.prepare(
    `SELECT reference, form, lang, received_at, urgent, status, outcome, assignee FROM submissions ${sql} ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`,
  ).all(...params, PAGE_SIZE, (Math.min(query.page, pages) - 1) * PAGE_SIZE) as {
    reference: string; form: string; lang: string; received_at: string; urgent: number; status: Status; outcome: string | null; assignee: string | null;
  }[];
  return {
    total,
    pages,
    rows: rows.map((r) => {
      const received = new Date(r.received_at);
      const due = dueDate(r.form, received);
      return {
        reference: r.reference, form: r.form, lang: r.lang, receivedAt: r.received_at, urgent: Boolean(r.urgent), status: r.status,
        outcome: r.outcome, assignee: r.assignee, waitedDays: daysWaited(received, now), dueAt: due?.toISOString(),
        overdue: r.status !== 'closed' && due !== undefined && due <= now,
      };
    }),
  };
}

/** The same filters as a query string, for the page links (page number and sort changed). */
export function inboxHref(query: InboxQuery, change: Partial<InboxQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ['form', 'status', 'urgent', 'overdue', 'assignee'] as const) if (q[key]) params.set(key, String(q[key]));
  if (q.sort !== 'oldest') params.set('sort', q.sort);
  if (q.page > 1) params.set('page', String(q.page));
  const s = params.toString();
  return s ? `/staff/?${s}` : '/staff/';
}
