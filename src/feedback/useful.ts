import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { langCodes, type LangCode } from '../i18n/languages.ts';
import { addressKey, takeAttempt, type Limit } from '../staff/attempts.ts';
import { secretHash } from '../submissions/store.ts';

/**
 * "Was this page useful?" at the foot of every advice and easy read page. A vote is a yes or a
 * no for one page in one language, with an optional comment added on the next page. Nothing
 * that identifies the person is kept: no address (the limit uses a keyed hash of it, see
 * attempts.ts), no cookie, no time finer than the day.
 */
export const USEFUL_LIMIT: Limit = { max: 20, windowMs: 60 * 60_000 };
export const COMMENT_MAX = 500;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
export const voteSchema = z.object({
  page: slug,
  variant: z.enum(['plain', 'easy-read']),
  lang: z.enum(langCodes as [LangCode, ...LangCode[]]),
  useful: z.enum(['yes', 'no']),
});
export type Vote = z.infer<typeof voteSchema>;

export const commentSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
  comment: z.string().trim().min(1, 'feedback.comment.error.required').max(COMMENT_MAX, 'feedback.comment.error.tooLong'),
});

/** Control characters other than new lines and tabs never belong in a comment. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type VoteResult = { ok: true; token: string } | { ok: false; reason: 'too-many'; minutes: number };

export function recordVote(db: DatabaseSync, vote: Vote, client: string, now = new Date()): VoteResult {
  const minutes = takeAttempt(db, addressKey('useful', client), USEFUL_LIMIT, now.getTime());
  if (minutes) return { ok: false, reason: 'too-many', minutes };
  // The secret lets the same browser add a comment to its own vote on the next page, and nothing else.
  const token = randomBytes(18).toString('base64url');
  db.prepare('INSERT INTO page_feedback (slug, variant, lang, useful, comment_token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(vote.page, vote.variant, vote.lang, vote.useful === 'yes' ? 1 : 0, secretHash(token), now.toISOString().slice(0, 10));
  return { ok: true, token };
}

export type CommentResult = { ok: true } | { ok: false; reason: 'invalid'; key: string } | { ok: false; reason: 'unknown' };

export function addComment(db: DatabaseSync, input: { token: string; comment: string }): CommentResult {
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'token') return { ok: false, reason: 'unknown' };
    return { ok: false, reason: 'invalid', key: issue?.message ?? 'feedback.comment.error.required' };
  }
  if (CONTROL.test(parsed.data.comment)) return { ok: false, reason: 'invalid', key: 'feedback.comment.error.characters' };
  // One comment per vote: the token is spent when used.
  const r = db.prepare('UPDATE page_feedback SET comment = ?, comment_token_hash = NULL WHERE comment_token_hash = ?')
    .run(parsed.data.comment, secretHash(parsed.data.token));
  return Number(r.changes) === 1 ? { ok: true } : { ok: false, reason: 'unknown' };
}

export interface PageUsefulness {
  slug: string;
  variant: 'plain' | 'easy-read';
  lang: LangCode;
  answers: number;
  yes: number;
  /** Share of yes answers, 0 to 1. */
  share: number;
  comments: { day: string; useful: boolean; text: string }[];
}

/** Per page and language, the pages that fail people first (lowest share of yes), with their last comments. */
export function usefulnessReport(db: DatabaseSync, options: { comments?: number } = {}): PageUsefulness[] {
  const rows = db.prepare(
    `SELECT slug, variant, lang, count(*) AS answers, sum(useful) AS yes FROM page_feedback
     GROUP BY slug, variant, lang ORDER BY (1.0 * sum(useful) / count(*)) ASC, count(*) DESC, slug, variant, lang`,
  ).all() as { slug: string; variant: 'plain' | 'easy-read'; lang: LangCode; answers: number; yes: number }[];
  const recent = db.prepare(
    'SELECT created_at AS day, useful, comment AS text FROM page_feedback WHERE slug = ? AND variant = ? AND lang = ? AND comment IS NOT NULL ORDER BY id DESC LIMIT ?',
  );
  return rows.map((r) => ({
    slug: r.slug, variant: r.variant, lang: r.lang, answers: Number(r.answers), yes: Number(r.yes),
    share: Number(r.yes) / Number(r.answers),
    comments: (recent.all(r.slug, r.variant, r.lang, options.comments ?? 3) as { day: string; useful: number; text: string }[])
      .map((c) => ({ day: c.day, useful: Boolean(c.useful), text: c.text })),
  }));
}
