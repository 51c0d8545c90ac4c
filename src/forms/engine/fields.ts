import * as z from 'zod/mini';

/**
 * Building blocks for form schemas. Every message is a key in locales/<code>/forms.json,
 * so the same schema can speak any language in the browser and on the server. zod/mini
 * keeps the browser script small (the full zod adds about 90 kB).
 */

/** Control characters: never typed by a person, so a sign of a broken or hostile sender. */
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** A text box may hold new lines and tabs. */
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const COMMON_ERRORS = {
  characters: 'common.error.characters',
  tooLong: 'common.error.tooLong',
  option: 'common.error.option',
} as const;

const required = (base: string) => `${base}.error.required`;
const format = (base: string) => `${base}.error.format`;
/** "Enter X" when nothing came, "X is not right" when something of the wrong kind did. */
const missingOr = (base: string, otherwise: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? required(base) : otherwise;

function plain(base: string, max: number, multiline: boolean) {
  const control = multiline ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE;
  return z.string({ error: missingOr(base, COMMON_ERRORS.option) }).check(
    z.refine((s: string) => !control.test(s), { error: COMMON_ERRORS.characters, abort: true }),
    z.minLength(1, required(base)),
    z.maxLength(max, COMMON_ERRORS.tooLong),
  );
}

/** One line of text. */
export const text = (base: string, max = 200) => plain(base, max, false);

/** A text box: new lines allowed. */
export const longText = (base: string, max = 5000) => plain(base, max, true);

/** Letters in any script, with spaces, apostrophes, hyphens and full stops. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;
export const personName = (base: string) =>
  text(base, 100).check(z.regex(NAME, `${base}.error.characters`));

const PHONE = /^\+?[\d\s()-]+$/;
export const phone = (base: string) =>
  text(base, 30).check(
    z.regex(PHONE, format(base)),
    z.refine((s: string) => {
      const digits = s.replace(/\D/g, '').length;
      return digits >= 10 && digits <= 15;
    }, format(base)),
  );

export const email = (base: string) =>
  z.email({ error: missingOr(base, format(base)) }).check(z.maxLength(254, COMMON_ERRORS.tooLong));

/** A UK postcode, with or without its space. */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
export const postcode = (base: string) => text(base, 10).check(z.regex(POSTCODE, format(base)));

/** One of a list (radios, select). A value not in the list gets the same message as none. */
export const choice = <const T extends readonly [string, ...string[]]>(base: string, values: T) =>
  z.enum(values, { error: required(base) });

/** Any of a list (checkboxes); `min` 1 makes at least one choice required. */
export function choices<const T extends readonly [string, ...string[]]>(base: string, values: T, min = 0) {
  const list = z.array(z.enum(values, { error: COMMON_ERRORS.option }), { error: required(base) });
  return min > 0 ? list.check(z.minLength(min, required(base))) : list;
}

/** Pounds and pence as typed ("£12,500", "12500.50", "12 500") to whole pence. */
const MONEY = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
export function toPence(typed: string): number {
  const [pounds = '0', pence = ''] = typed.replace(/^£/, '').replace(/\s/g, '').replace(/,/g, '').split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}
export const money = (base: string, maxPence = 1_000_000_000_00) =>
  z.pipe(
    z.string({ error: missingOr(base, format(base)) }).check(
      z.refine((s: string) => MONEY.test(s.replace(/^£/, '').replace(/\s/g, '')), { error: format(base), abort: true }),
    ),
    z.pipe(z.transform(toPence), z.number().check(z.maximum(maxPence, `${base}.error.tooBig`))),
  );

/** Day, month and year boxes to an ISO date in the past: "YYYY-MM-DD". */
const datePart = z.optional(z.string());
export function pastDate(base: string, today: () => Date = () => new Date()) {
  return z.pipe(
    z.object({ day: datePart, month: datePart, year: datePart }, { error: missingOr(base, format(base)) }),
    z.transform((parts, ctx) => {
      const order = ['day', 'month', 'year'] as const;
      const fail = (key: string, part: (typeof order)[number]) => {
        ctx.issues.push({ code: 'custom', message: key, input: parts, path: [part] });
        return z.NEVER;
      };
      const missing = order.find((p) => !parts[p]);
      if (missing) return fail(`${base}.error.incomplete`, missing);
      const { day = '', month = '', year = '' } = parts;
      if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return fail(`${base}.error.real`, 'day');
      if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return fail(`${base}.error.real`, 'month');
      if (!/^\d{4}$/.test(year) || Number(year) < 1900) return fail(`${base}.error.real`, 'year');
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (date.getUTCDate() !== Number(day)) return fail(`${base}.error.real`, 'day');
      const iso = date.toISOString().slice(0, 10);
      if (iso >= today().toISOString().slice(0, 10)) return fail(`${base}.error.past`, 'day');
      return iso;
    }),
  );
}

/**
 * For object-level rules: run even when other answers are wrong, so the error summary
 * lists every problem at once (zod skips them by default).
 */
export const ALWAYS = { when: () => true };

/** Adds "enter this" when a revealed question was left empty. */
export function requireWhen<T extends Record<string, unknown>>(
  value: T,
  ctx: { issues: unknown[] },
  asked: boolean,
  field: keyof T & string,
  key: string,
) {
  const answer = value[field];
  const empty = answer === undefined || (Array.isArray(answer) && answer.length === 0);
  if (asked && empty) ctx.issues.push({ code: 'custom', message: key, input: answer, path: [field] });
}
