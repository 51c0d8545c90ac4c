import type { SubmissionStore } from '../submissions/store.ts';
import { audit } from './audit.ts';

/**
 * The retention period is the council's decision (its records retention schedule):
 * RETENTION_DAYS sets the default the purge page offers; staff may choose another.
 */
export const retentionDays = (env: NodeJS.ProcessEnv = process.env): number | undefined => {
  const n = Number(env.RETENTION_DAYS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export function readDays(value: string | null): number | string {
  if (value === null || value.trim() === '') return 'Enter the number of days to keep requests for.';
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 36500) return 'Enter a whole number of days, from 1 to 36500.';
  return n;
}

export const cutOffFor = (days: number, now = new Date()): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

export function countOlderThan(store: SubmissionStore, cutOff: Date): number {
  return Number((store.db.prepare('SELECT count(*) AS n FROM submissions WHERE received_at < ?').get(cutOff.toISOString()) as { n: number }).n);
}

export function purge(store: SubmissionStore, actor: string, days: number, now = new Date()): number {
  const n = store.purgeReceivedBefore(cutOffFor(days, now));
  audit(store.db, { actor, action: 'purge', detail: `${n} request${n === 1 ? "" : "s"} received more than ${days} days ago` }, now);
  return n;
}
