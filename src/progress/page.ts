import type { DatabaseSync } from 'node:sqlite';
import type { Question, RawAnswers } from '../forms/engine/types.ts';
import { discardBody, readBody } from '../submissions/body.ts';
import { progressByLink, progressByReference, type ProgressAnswer } from './lookup.ts';

/** The two boxes of the progress page, drawn by the forms' own Question component. */
export const progressQuestions: Question[] = [
  { id: 'reference', text: 'progress.reference', kind: 'text', hint: true, width: 'medium', spellcheck: false, ltr: true, autocomplete: 'off' },
  { id: 'postcode', text: 'progress.postcode', kind: 'text', hint: true, width: 'short', spellcheck: false, ltr: true, autocomplete: 'postal-code' },
] as Question[];

/** What the progress page got: a post of the two boxes, a private link, or nothing yet. */
export async function readProgressRequest(request: Request, ctx: { db: DatabaseSync; client: string }): Promise<{ status: number; raw: RawAnswers; result?: ProgressAnswer }> {
  if (request.method === 'POST') {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      await discardBody(request);
      return { status: 415, raw: {} };
    }
    const body = await readBody(request);
    if (!body.ok) return { status: body.reason === 'too-large' ? 413 : 400, raw: {} };
    const params = new URLSearchParams(body.text);
    const raw = { reference: (params.get('reference') ?? '').slice(0, 40), postcode: (params.get('postcode') ?? '').slice(0, 20) };
    const result = progressByReference(ctx.db, { ...raw, client: ctx.client });
    return { status: statusOf(result), raw, result };
  }
  const token = new URL(request.url).searchParams.get('link');
  if (token !== null) {
    const result = progressByLink(ctx.db, { token, client: ctx.client });
    return { status: statusOf(result), raw: {}, result };
  }
  return { status: 200, raw: {} };
}

function statusOf(result: ProgressAnswer): number {
  if (result.ok) return 200;
  if (result.reason === 'too-many') return 429;
  if (result.reason === 'invalid') return 422;
  return 404;
}
