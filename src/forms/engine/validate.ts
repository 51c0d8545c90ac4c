import { toSchemaInput } from './collect.ts';
import { placedQuestions } from './walk.ts';
import type { FieldError, FormDefinition, RawAnswers } from './types.ts';

/** A key the schema did not set (zod's own words): shown as a general "check this answer". */
const FALLBACK_KEY = 'common.error.invalid';

export type Validation<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldError[] };

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  maximum?: unknown;
  minimum?: unknown;
}

function anchorFor(field: string, part: PropertyKey | undefined, kind: string | undefined): string {
  if (kind === 'date') return `f-${field}-${typeof part === 'string' ? part : 'day'}`;
  return `f-${field}`;
}

/**
 * Checks the answers with the form's schema. Errors come back one per question, in the
 * order of the page, as keys: the error summary and the messages read top to bottom.
 */
export function validate<T = unknown>(def: FormDefinition, raw: RawAnswers): Validation<T> {
  const result = def.schema.safeParse(toSchemaInput(def, raw));
  if (result.success) return { ok: true, data: result.data as T };
  const placed = placedQuestions(def);
  const order = new Map(placed.map((p, i) => [p.question.id, i]));
  const kinds = new Map(placed.map((p) => [p.question.id, p.question.kind]));
  const byField = new Map<string, FieldError>();
  for (const issue of result.error.issues as Issue[]) {
    const field = String(issue.path[0] ?? '');
    if (!order.has(field) || byField.has(field)) continue;
    const key = /^[a-z][\w-]*(\.[\w-]+)+$/i.test(issue.message) ? issue.message : FALLBACK_KEY;
    const params: Record<string, number> = {};
    if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') params.max = Number(issue.maximum);
    if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') params.min = Number(issue.minimum);
    byField.set(field, {
      field,
      anchor: anchorFor(field, issue.path[1], kinds.get(field)),
      key,
      ...(Object.keys(params).length ? { params } : {}),
    });
  }
  const errors = [...byField.values()].sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
  return { ok: false, errors };
}
