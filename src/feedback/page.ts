import type { DatabaseSync } from 'node:sqlite';
import type { FieldError, Question } from '../forms/engine/types.ts';
import type { LangCode } from '../i18n/languages.ts';
import { localizedPath } from '../routing/paths.ts';
import { discardBody, readBody } from '../submissions/body.ts';
import { addComment, COMMENT_MAX, recordVote, voteSchema } from './useful.ts';

/** The one box of the second step, drawn by the forms' own Question component. */
export const commentQuestion = { id: 'comment', text: 'feedback.comment', kind: 'textarea', hint: true, rows: 4 } as Question;

export type UsefulView =
  | { view: 'comment'; status: number; token: string; back: string; typed: string; errors: FieldError[]; page: { page: string; variant: string } | undefined }
  | { view: 'thanks'; status: number; back: string }
  | { view: 'problem'; status: number; key: string; params?: Record<string, number>; back: string };

const pagePath = (lang: LangCode, page: string, variant: string) => localizedPath(lang, variant === 'easy-read' ? `${page}/easy-read` : page);

/**
 * /<lang>/feedback/useful/: a vote from a page's foot, then an optional comment. Every wrong
 * post gets a 4xx page in the person's language with a way back, never a 5xx.
 */
export async function handleUseful(request: Request, ctx: { db: DatabaseSync; lang: LangCode; client: string; pages: Set<string> }): Promise<UsefulView> {
  const home = localizedPath(ctx.lang);
  if (request.method !== 'POST') return { view: 'problem', status: 405, key: 'feedback.error.invalid', back: home };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    await discardBody(request);
    return { view: 'problem', status: 415, key: 'feedback.error.invalid', back: home };
  }
  const body = await readBody(request);
  if (!body.ok) return { view: 'problem', status: body.reason === 'too-large' ? 413 : 400, key: 'feedback.error.invalid', back: home };
  const params = new URLSearchParams(body.text);
  const vote = voteSchema.safeParse({ page: params.get('page'), variant: params.get('variant') ?? 'plain', lang: ctx.lang, useful: params.get('useful') ?? 'yes' });
  const known = vote.success && ctx.pages.has(vote.data.page);
  const back = vote.success && known ? pagePath(ctx.lang, vote.data.page, vote.data.variant) : home;
  const page = vote.success && known ? { page: vote.data.page, variant: vote.data.variant } : undefined;

  if (params.has('token')) {
    const typed = (params.get('comment') ?? '').slice(0, COMMENT_MAX * 4);
    const token = params.get('token') ?? '';
    const result = addComment(ctx.db, { token, comment: typed });
    if (result.ok) return { view: 'thanks', status: 200, back };
    if (result.reason === 'invalid') {
      return { view: 'comment', status: 422, token, back, typed, page, errors: [{ field: 'comment', anchor: 'f-comment', key: result.key, params: { max: COMMENT_MAX } }] };
    }
    return { view: 'problem', status: 400, key: 'feedback.error.used', back };
  }

  if (!vote.success || !known || !['yes', 'no'].includes(params.get('useful') ?? '')) return { view: 'problem', status: 400, key: 'feedback.error.invalid', back };
  const result = recordVote(ctx.db, vote.data, ctx.client);
  if (!result.ok) return { view: 'problem', status: 429, key: 'feedback.error.tooMany', params: { minutes: result.minutes }, back };
  return { view: 'comment', status: 200, token: result.token, back, typed: '', errors: [], page };
}
