import { notifyConfigured } from '../notify/config.ts';
import { rawFromSource } from './engine/collect.ts';
import { summarise, summaryText, type Translate } from './engine/summary.ts';
import type { FieldError, FormDefinition, RawAnswers } from './engine/types.ts';
import { validate } from './engine/validate.ts';
import { HONEYPOT_FIELD } from './honeypot.ts';
import { teamVars } from './engine/bidi.ts';
import { formPath } from './paths.ts';
import { checkResult, type CheckResult } from './results.ts';
import { formatDate } from '../i18n/format.ts';
import type { LangCode } from '../i18n/languages.ts';
import { discardBody, readBody } from '../submissions/body.ts';
import type { RateLimiter } from '../submissions/rate-limit.ts';
import { isIdempotencyKey, newIdempotencyKey, submitReferral } from '../submissions/service.ts';
import type { SubmissionStore } from '../submissions/store.ts';
import { publicOrigin } from '../notify/compose.ts';

/**
 * What the form pages do with a request, as plain functions the pages call: the pages
 * only draw the view that comes back. Posts are form-encoded (no JavaScript needed).
 */
export interface FlowInput {
  request: Request;
  def: FormDefinition;
  lang: LangCode;
  t: Translate;
}

export type FormView = { view: 'form'; status: number; raw: RawAnswers; errors: FieldError[]; key: string; message?: string };
export type RedirectView = { view: 'redirect'; location: string };

export type AskView =
  | RedirectView
  | FormView
  | { view: 'check'; status: number; raw: RawAnswers; key: string; message?: string }
  | { view: 'done'; reference: string; urgent: boolean; progressToken?: string; messaged?: boolean; messagesOff?: boolean }
  | { view: 'download'; filename: string; body: string };

export type CheckView = RedirectView | FormView | ({ view: 'result'; raw: RawAnswers } & CheckResult);

type Posted = { ok: true; params: URLSearchParams } | { ok: false; view: FormView };

async function readPost(input: FlowInput): Promise<Posted> {
  const blank = (status: number, key: string): Posted => ({
    ok: false,
    view: { view: 'form', status, raw: {}, errors: [], key: '', message: input.t(key) },
  });
  const type = (input.request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    await discardBody(input.request);
    return blank(415, 'common.error.invalid');
  }
  const body = await readBody(input.request);
  if (!body.ok) return blank(body.reason === 'too-large' ? 413 : 400, body.reason === 'too-large' ? 'common.error.tooLarge' : 'common.error.invalid');
  return { ok: true, params: new URLSearchParams(body.text) };
}

/** The plain-text copy of the answers that "Download your answers" gives. */
export function answersDownload(def: FormDefinition, lang: LangCode, raw: RawAnswers, t: Translate, team: { name: string; phone: string }, now = new Date()): { filename: string; body: string } {
  const fmt = (iso: string) => formatDate(lang, new Date(`${iso}T12:00:00Z`));
  const sections = summarise(def, raw, t, fmt);
  const preamble = [t('common.copy.savedOn', { date: formatDate(lang, now) }), t('common.copy.phoneLine', teamVars(team))];
  return { filename: `${def.id}-answers.txt`, body: summaryText(t(`${def.text}.title`), preamble, sections) };
}

export interface AskInput extends FlowInput {
  clientAddress: string;
  store: () => SubmissionStore;
  limiter: RateLimiter;
  team: { name: string; phone: string };
  /** Where links in messages point; SITE_URL or the request's origin when left out. */
  origin?: string;
}

/** /ask/<form>/send/: review the answers, change one, download them, or send them. */
export async function handleAskRequest(input: AskInput): Promise<AskView> {
  const { request, def, lang, t } = input;
  if (request.method !== 'POST') return { view: 'redirect', location: formPath(lang, def) };
  const posted = await readPost(input);
  if (!posted.ok) return posted.view;
  const { params } = posted;
  const raw = rawFromSource(def, params);
  const given = params.get('_key');
  const key = isIdempotencyKey(given) ? given : newIdempotencyKey();
  const action = params.get('_action');

  if (action === 'change') return { view: 'form', status: 200, raw, errors: [], key };
  if (action === 'download') return { view: 'download', ...answersDownload(def, lang, raw, t, input.team) };
  if (action !== 'send') {
    const checked = validate(def, raw);
    return checked.ok ? { view: 'check', status: 200, raw, key } : { view: 'form', status: 422, raw, errors: checked.errors, key };
  }

  if ((params.get(HONEYPOT_FIELD) ?? '').trim() !== '') {
    return { view: 'check', status: 400, raw, key, message: t('common.error.honeypot') };
  }
  try {
    const store = input.store();
    // Already stored (a refresh, a second click, or the page script sent it first through
    // the API): show the same reference, and do not count it against the rate limit.
    const stored = store.findRepeat(key, params.get('_progress'));
    if (stored) {
      const wanted = Array.isArray(raw.acknowledge) && raw.acknowledge.includes('yes');
      return {
        view: 'done', reference: stored.reference, urgent: raw.urgent === 'yes', messaged: stored.messaged,
        messagesOff: wanted && !stored.messaged && !notifyConfigured(),
        ...(stored.progressToken ? { progressToken: stored.progressToken } : {}),
      };
    }
    const rate = input.limiter.take(input.clientAddress);
    if (!rate.ok) return { view: 'check', status: 429, raw, key, message: t('common.error.tooMany', { seconds: rate.retryAfterSeconds }) };
    const result = await submitReferral(store, { def, lang, idempotencyKey: key, raw, t, origin: input.origin ?? publicOrigin(request.url) });
    if (!result.ok) return { view: 'form', status: 422, raw, errors: result.errors, key };
    return { view: 'done', reference: result.reference, urgent: raw.urgent === 'yes', progressToken: result.progressToken, messaged: result.messaged, messagesOff: result.messagesOff };
  } catch (error) {
    console.error('submissions: could not save a submission:', (error as { code?: string }).code ?? (error as Error).name);
    return { view: 'check', status: 503, raw, key, message: t('common.error.notSaved') };
  }
}

/** /check/<form>/result/: work out the result with no JavaScript, or go back to change answers. */
export async function handleCheckRequest(input: FlowInput): Promise<CheckView> {
  const { request, def, lang } = input;
  if (request.method !== 'POST') return { view: 'redirect', location: formPath(lang, def) };
  const posted = await readPost(input);
  if (!posted.ok) return posted.view;
  const raw = rawFromSource(def, posted.params);
  if (posted.params.get('_action') === 'change') return { view: 'form', status: 200, raw, errors: [], key: '' };
  const checked = validate(def, raw);
  if (!checked.ok) return { view: 'form', status: 422, raw, errors: checked.errors, key: '' };
  return { view: 'result', raw, ...checkResult(def.id, checked.data, lang) };
}
