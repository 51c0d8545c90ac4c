import { randomUUID } from 'node:crypto';
import { rawFromSource } from '../forms/engine/collect.ts';
import { inputNames, placedQuestions } from '../forms/engine/walk.ts';
import { validate } from '../forms/engine/validate.ts';
import type { FieldError, FormDefinition, RawAnswers } from '../forms/engine/types.ts';
import { forms, isFormId } from '../forms/registry.ts';
import { HONEYPOT_FIELD } from '../forms/honeypot.ts';
import { isLangCode, type LangCode } from '../i18n/languages.ts';
import { discardBody, readBody } from './body.ts';
import { configuredOrigins, isSameOrigin } from './origin.ts';
import { parseRateLimit, RateLimiter } from './rate-limit.ts';
import { getStore, type SubmissionStore } from './store.ts';
import { acknowledgementRecipients } from '../forms/shared/contact.ts';
import { acknowledgement, progressLink, publicOrigin } from '../notify/compose.ts';
import { notifyConfigured } from '../notify/config.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Made when a form is shown, sent with it, and stored with it: a repeat is stored once. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;
export const isIdempotencyKey = (value: unknown): value is string => typeof value === 'string' && KEY_PATTERN.test(value);
export const newIdempotencyKey = (): string => randomUUID();

export { HONEYPOT_FIELD };

export type SubmitResult =
  | { ok: true; reference: string; receivedAt: string; created: boolean; progressToken?: string; messaged: boolean; messagesOff: boolean }
  | { ok: false; errors: FieldError[] };

/**
 * The one way a referral is stored, from the JSON API and from the form page alike:
 * check the answers with the form's schema, then write them before saying yes.
 */
export async function submitReferral(
  store: SubmissionStore,
  input: { def: FormDefinition; lang: LangCode; idempotencyKey: string; raw: RawAnswers; t: Translate; origin: string },
): Promise<SubmitResult> {
  const checked = validate(input.def, input.raw);
  if (!checked.ok) return checked;
  const answers = checked.data as Record<string, unknown>;
  const wanted = acknowledgementRecipients(answers);
  // Without Notify nothing would ever send them: queue nothing, and tell the person so.
  const recipients = notifyConfigured() ? wanted : [];
  const saved = await store.saveSoon({
    form: input.def.id,
    lang: input.lang,
    idempotencyKey: input.idempotencyKey,
    answers,
    urgent: answers.urgent === 'yes',
    acknowledge: {
      recipients,
      compose: (reference, token) => acknowledgement(input.t, { form: input.def.id, reference, link: progressLink(input.origin, input.lang, token) }),
    },
  });
  return { ok: true, ...saved, messaged: recipients.length > 0, messagesOff: wanted.length > recipients.length };
}

let limiter: RateLimiter | undefined;
/** One limiter for the API and the form pages, so switching between them gains nothing. */
export function submissionLimiter(): RateLimiter {
  limiter ??= new RateLimiter(parseRateLimit(process.env.SUBMISSIONS_RATE_LIMIT));
  return limiter;
}

export interface ApiContext {
  clientAddress: string;
  translate: (lang: LangCode) => Translate;
  store?: () => SubmissionStore;
  limiter?: RateLimiter;
  origins?: string[];
  /** Where links in messages point (SITE_URL, else the request's own origin). */
  origin?: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

const problem = (status: number, error: string, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  json(status, { ok: false, error, message, ...extra }, headers);

const TOP_LEVEL = new Set(['form', 'lang', 'idempotencyKey', 'answers', HONEYPOT_FIELD]);

/** Checks the shape of a JSON submission. Returns a plain-English reason when it is wrong. */
function readEnvelope(body: unknown):
  | { ok: true; def: FormDefinition; lang: LangCode; key: string; answers: Record<string, unknown>; honeypot: string }
  | { ok: false; message: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: 'The body must be a JSON object.' };
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !TOP_LEVEL.has(k));
  if (unknown.length) return { ok: false, message: `Unknown field: ${unknown.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}.` };
  const referrals: string[] = Object.values(forms).filter((f) => f.kind === 'ask').map((f) => f.id);
  if (!isFormId(b.form) || !referrals.includes(b.form)) return { ok: false, message: `"form" must be one of: ${referrals.join(', ')}.` };
  if (typeof b.lang !== 'string' || !isLangCode(b.lang)) return { ok: false, message: '"lang" must be a language code this site has, such as "en".' };
  if (!isIdempotencyKey(b.idempotencyKey)) return { ok: false, message: '"idempotencyKey" must be 16 to 100 letters, digits, "-" or "_".' };
  if (typeof b.answers !== 'object' || b.answers === null || Array.isArray(b.answers)) return { ok: false, message: '"answers" must be an object.' };
  const honeypot = b[HONEYPOT_FIELD] ?? '';
  if (typeof honeypot !== 'string') return { ok: false, message: `"${HONEYPOT_FIELD}" must be text.` };
  const def: FormDefinition = forms[b.form];
  const names = new Set(placedQuestions(def).flatMap((p) => inputNames(p.question)));
  const answers = b.answers as Record<string, unknown>;
  for (const [name, value] of Object.entries(answers)) {
    const label = JSON.stringify(name.slice(0, 40));
    if (!names.has(name)) return { ok: false, message: `"answers" has a field this form does not ask: ${label}.` };
    const isText = typeof value === 'string';
    const isList = Array.isArray(value) && value.every((v) => typeof v === 'string');
    if (!isText && !isList) return { ok: false, message: `answers.${name.slice(0, 40)} must be text or a list of text.` };
  }
  return { ok: true, def, lang: b.lang, key: b.idempotencyKey, answers, honeypot };
}

/**
 * POST /api/submissions/: the JSON door to the store. Every refusal is a 4xx with a
 * message a developer (or the page script) can act on; nothing about the answers is logged.
 */
export async function handleSubmissionRequest(request: Request, ctx: ApiContext): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    // The page script asks this to learn whether a server is there to send to.
    return json(200, { ok: true, service: 'submissions' });
  }
  if (request.method !== 'POST') return problem(405, 'method-not-allowed', 'Use POST to send a form.', {}, { Allow: 'GET, HEAD, POST' });
  if (!isSameOrigin(request, ctx.origins ?? configuredOrigins())) {
    await discardBody(request);
    return problem(403, 'cross-origin', 'Forms can only be sent from this website.');
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    await discardBody(request);
    return problem(415, 'unsupported-media-type', 'Send the form as JSON (Content-Type: application/json).');
  }
  const rate = (ctx.limiter ?? submissionLimiter()).take(ctx.clientAddress);
  if (!rate.ok) {
    await discardBody(request);
    return problem(429, 'too-many-requests', `Too many forms sent from here. Try again in ${rate.retryAfterSeconds} seconds.`, { retryAfterSeconds: rate.retryAfterSeconds }, { 'Retry-After': String(rate.retryAfterSeconds) });
  }
  const body = await readBody(request);
  if (!body.ok) {
    return body.reason === 'too-large'
      ? problem(413, 'too-large', 'The form is too large to send. Make the longest answers shorter.')
      : problem(400, 'bad-encoding', 'The body must be UTF-8 text.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return problem(400, 'malformed-json', 'The body is not valid JSON.');
  }
  const envelope = readEnvelope(parsed);
  if (!envelope.ok) return problem(422, 'invalid-request', envelope.message);
  const t = ctx.translate(envelope.lang);
  if (envelope.honeypot.trim() !== '') {
    return problem(400, 'honeypot', t('common.error.honeypot'));
  }
  const raw = rawFromSource(envelope.def, envelope.answers);
  let result: SubmitResult;
  try {
    result = await submitReferral((ctx.store ?? (() => getStore()))(), {
      def: envelope.def, lang: envelope.lang, idempotencyKey: envelope.key, raw, t, origin: ctx.origin ?? publicOrigin(request.url),
    });
  } catch (error) {
    // The reason only: never the request, which holds people's details.
    console.error('submissions: could not save a submission:', (error as { code?: string }).code ?? (error as Error).name);
    return problem(503, 'not-saved', t('common.error.notSaved'), {}, { 'Retry-After': '5' });
  }
  if (!result.ok) {
    return problem(422, 'invalid-answers', t('common.error.summaryTitle'), {
      errors: result.errors.map((e) => ({ field: e.field, key: e.key, message: t(e.key, e.params) })),
    });
  }
  // The private progress link's secret goes only to whoever sent the request, once: the page
  // script hands it back to the confirmation page, which shows the link.
  return json(result.created ? 201 : 200, {
    ok: true, reference: result.reference, receivedAt: result.receivedAt, duplicate: !result.created,
    ...(result.progressToken ? { progressToken: result.progressToken } : {}),
  });
}
