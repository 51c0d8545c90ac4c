import { waitingTimes } from '../forms/config/waiting-times.ts';

/**
 * What each form promises the resident, from the published figures, and how a request stands
 * against it. A promise has a "due" day count (from the day it arrived) after which the request
 * is overdue, and says where the number comes from, so staff can see why.
 */
export interface FormPromise {
  /** Days (calendar or working) before the request is overdue. */
  days: number;
  working: boolean;
  /** What the promise is, in staff words. */
  label: string;
}

const carers = waitingTimes.carersJanuary2025;
const careAct = waitingTimes.careActJanuary2025;

export const promises: Record<string, FormPromise> = {
  // CQC assessment (July 2025): "The local authority's aim was to complete carers assessments
  // within 4-6 weeks (28 days – 42 days)."
  'carers-assessment': { days: carers.aimDaysTo, working: false, label: `Council's aim: within ${carers.aimDaysFrom} to ${carers.aimDaysTo} days` },
  // No published aim for Care Act assessments: the median wait (January 2025) is the yardstick.
  'needs-assessment': { days: careAct.medianDays, working: false, label: `Median wait in January 2025: ${careAct.medianDays} days (no published aim)` },
  // Scrutiny pack, March 2025: "A complaint received is acknowledged within 3 working days";
  // the complaints page says the same. Held to it for compliments and comments too.
  'tell-us-what-you-think': { days: 3, working: true, label: 'Complaints acknowledged within 3 working days' },
};

const DAY = 24 * 60 * 60 * 1000;

/** Moves by whole days, skipping Saturdays and Sundays when they are working days (bank holidays are not known). */
export function addDays(from: Date, days: number, working: boolean): Date {
  const step = days < 0 ? -DAY : DAY;
  if (!working) return new Date(from.getTime() + days * DAY);
  const d = new Date(from.getTime());
  let left = Math.abs(days);
  while (left > 0) {
    d.setTime(d.getTime() + step);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d;
}

export function dueDate(form: string, receivedAt: Date): Date | undefined {
  const promise = promises[form];
  return promise ? addDays(receivedAt, promise.days, promise.working) : undefined;
}

/** Whole days a request has waited. */
export const daysWaited = (receivedAt: Date, now: Date): number => Math.max(0, Math.floor((now.getTime() - receivedAt.getTime()) / DAY));

/**
 * Per form, the arrival time before which a request not yet closed is overdue now, so the inbox
 * filters overdue requests in SQL, on an index, however many there are.
 */
export function overdueCutOffs(now: Date): { form: string; before: string }[] {
  return Object.entries(promises).map(([form, p]) => ({ form, before: addDays(now, -p.days, p.working).toISOString() }));
}
