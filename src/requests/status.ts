import { z } from 'zod';

/**
 * Where a request has got to. The same words reach the resident on the progress page (in their
 * language: `progress.status.<id>` in forms.json) and staff in the inbox.
 */
export const STATUSES = ['new', 'in-progress', 'waiting', 'closed'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** What came of a closed request. */
export const OUTCOMES = ['assessment-done', 'advice-given', 'referred-elsewhere', 'no-longer-needed'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

/** Staff words: plain, short, and the same as the tags in the inbox. */
export const statusLabel: Record<Status, string> = {
  new: 'New',
  'in-progress': 'In progress',
  waiting: 'Waiting for the resident',
  closed: 'Closed',
};

export const outcomeLabel: Record<Outcome, string> = {
  'assessment-done': 'Assessment done',
  'advice-given': 'Information and advice given',
  'referred-elsewhere': 'Referred to another service',
  'no-longer-needed': 'No longer needed',
};

/** A status change as staff post it: a closed request must say what came of it. */
export const statusChangeSchema = z
  .object({
    status: statusSchema,
    outcome: z.union([outcomeSchema, z.literal('')]).optional(),
    message: z.string().max(300, 'The message to the resident must be 300 characters or fewer.').optional(),
    notify: z.enum(['yes']).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'closed' && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Choose what came of the request before closing it.' });
  });
export type StatusChange = z.infer<typeof statusChangeSchema>;
