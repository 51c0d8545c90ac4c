import type { DatabaseSync } from 'node:sqlite';
import { isValidReference } from '../forms/engine/reference.ts';
import type { FieldError } from '../forms/engine/types.ts';
import { tidyReference } from '../requests/request.ts';
import type { Outcome, Status } from '../requests/status.ts';
import { addressKey, blockedFor, countAttempt, type Limit } from '../staff/attempts.ts';
import { secretHash } from '../submissions/store.ts';

/**
 * What a resident may learn about their request: where it has got to, never the answers.
 * Two ways in: the reference with the postcode they gave, or the private link in their
 * acknowledgement. A wrong guess gets the same answer as an unknown reference, and an address
 * that guesses wrong too often is told to wait.
 */
export const PROGRESS_LIMIT: Limit = { max: 10, windowMs: 15 * 60_000 };

export interface Progress {
  reference: string;
  form: string;
  receivedAt: string;
  status: Status;
  outcome: Outcome | null;
  updatedAt: string | null;
}

export type ProgressAnswer =
  | { ok: true; progress: Progress }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'not-found' | 'link-not-found' }
  | { ok: false; reason: 'too-many'; minutes: number };

export const tidyPostcode = (typed: string): string => typed.toUpperCase().replace(/\s+/g, '');

interface Row { reference: string; form: string; received_at: string; status: Status; outcome: Outcome | null; updated_at: string | null; answers: string }
const SELECT = 'SELECT reference, form, received_at, status, outcome, updated_at, answers FROM submissions';
const toProgress = (r: Row): Progress => ({ reference: r.reference, form: r.form, receivedAt: r.received_at, status: r.status, outcome: r.outcome, updatedAt: r.updated_at });

function refuse(db: DatabaseSync, key: string, reason: 'not-found' | 'link-not-found'): ProgressAnswer {
  countAttempt(db, key, PROGRESS_LIMIT);
  return { ok: false, reason };
}

export function progressByReference(db: DatabaseSync, input: { reference: string; postcode: string; client: string }): ProgressAnswer {
  const errors: FieldError[] = [];
  const reference = input.reference.trim();
  const postcode = tidyPostcode(input.postcode);
  if (!reference) errors.push({ field: 'reference', anchor: 'f-reference', key: 'progress.reference.error.required' });
  else if (!isValidReference(reference)) errors.push({ field: 'reference', anchor: 'f-reference', key: 'progress.reference.error.format' });
  if (!postcode) errors.push({ field: 'postcode', anchor: 'f-postcode', key: 'progress.postcode.error.required' });
  if (errors.length) return { ok: false, reason: 'invalid', errors };
  const key = addressKey('progress', input.client);
  const minutes = blockedFor(db, key, PROGRESS_LIMIT);
  if (minutes) return { ok: false, reason: 'too-many', minutes };
  const row = db.prepare(`${SELECT} WHERE reference = ?`).get(tidyReference(reference)) as Row | undefined;
  const given = row ? (JSON.parse(row.answers) as { postcode?: unknown }).postcode : undefined;
  if (!row || typeof given !== 'string' || tidyPostcode(given) !== postcode) return refuse(db, key, 'not-found');
  return { ok: true, progress: toProgress(row) };
}

export function progressByLink(db: DatabaseSync, input: { token: string; client: string }): ProgressAnswer {
  const key = addressKey('progress', input.client);
  const minutes = blockedFor(db, key, PROGRESS_LIMIT);
  if (minutes) return { ok: false, reason: 'too-many', minutes };
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(input.token)) return refuse(db, key, 'link-not-found');
  const row = db.prepare(`${SELECT} WHERE progress_token_hash = ?`).get(secretHash(input.token)) as Row | undefined;
  return row ? { ok: true, progress: toProgress(row) } : refuse(db, key, 'link-not-found');
}
