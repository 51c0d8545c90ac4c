import type { DatabaseSync } from 'node:sqlite';
import { acknowledgementRecipients } from '../forms/shared/contact.ts';
import type { Translate } from '../forms/engine/summary.ts';
import { pageLink, progressLink, statusUpdate } from '../notify/compose.ts';
import { shortPath } from '../sharing/short-links.ts';
import { notifyConfigured } from '../notify/config.ts';
import { queueMessage } from '../notify/queue.ts';
import { addNote, assignRequest, changeStatus, findRequest, inTransaction } from '../requests/request.ts';
import { statusChangeSchema } from '../requests/status.ts';
import { findAccount } from './accounts.ts';
import { audit } from './audit.ts';
import type { StaffSession } from './sessions.ts';

/** A page staff can send: its address in the resident's language and its title there. */
export interface SharablePage { path: string; title: string; english: string }

/**
 * What a member of staff can do on a request's page, as plain functions: take it, hand it on,
 * change its status (and tell the resident), add a note. Each change is in the request's
 * history and the audit log; a message to the resident is queued in the same transaction.
 */
/** What was done, as a code: it goes in the redirect's URL, so it must not carry words anyone could change. */
export const DONE = ['taken', 'handed', 'released', 'status', 'status-sent', 'note', 'link-sent'] as const;
export type Done = (typeof DONE)[number];

/** The confirmation banner for a code from the URL; anything else shows nothing. */
export function doneMessage(code: string | null, assignee: string | null): string | undefined {
  switch (code) {
    case 'taken': return 'You have this request now.';
    case 'handed': return assignee ? `Handed to ${assignee}.` : 'Handed on.';
    case 'released': return 'Nobody has this request now.';
    case 'status': return 'Status changed.';
    case 'status-sent': return 'Status changed. The resident will get a message.';
    case 'note': return 'Note added.';
    case 'link-sent': return 'The page will be sent to the resident.';
    default: return undefined;
  }
}

export type ActionResult = { ok: true; done: Done } | { ok: false; status: number; errors: { field: string; message: string }[] };

const fail = (field: string, message: string, status = 422): ActionResult => ({ ok: false, status, errors: [{ field, message }] });

export function runRequestAction(
  db: DatabaseSync,
  input: { staff: StaffSession; reference: string; params: URLSearchParams; residentT: Translate; origin: string; now?: Date; pages?: SharablePage[] },
): ActionResult {
  const { staff, reference, params } = input;
  const now = input.now ?? new Date();
  const record = findRequest(db, reference);
  if (!record) return fail('reference', 'There is no request with this reference.', 404);
  const action = params.get('_action');

  if (action === 'take' || action === 'assign') {
    const to = action === 'take' ? staff.email : (params.get('assignee') ?? '').trim().toLowerCase() || null;
    if (to && !findAccount(db, to)) return fail('assignee', 'Choose a member of staff from the list.');
    assignRequest(db, record.reference, staff.email, to, now);
    audit(db, { actor: staff.email, action: 'take', reference: record.reference, detail: to ? `to ${to}` : 'unassigned' }, now);
    return { ok: true, done: to === staff.email ? 'taken' : to ? 'handed' : 'released' };
  }

  if (action === 'status') {
    const parsed = statusChangeSchema.safeParse({
      status: params.get('status') ?? undefined,
      outcome: params.get('outcome') ?? undefined,
      message: params.get('message') ?? undefined,
      notify: params.get('notify') ?? undefined,
    });
    if (!parsed.success) {
      return { ok: false, status: 422, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'status'), message: i.path[0] === 'status' ? 'Choose a status.' : i.message })) };
    }
    const change = parsed.data;
    if (change.notify && !notifyConfigured()) return fail('notify', 'Messages are switched off: this portal has no GOV.UK Notify key. Contact the resident the way they asked.');
    const recipients = change.notify ? acknowledgementRecipients(record.answers) : [];
    if (change.notify && !recipients.length) return fail('notify', 'The resident did not agree to messages by email or text. Contact them the way they asked.');
    const outcome = change.status === 'closed' ? (change.outcome || null) : null;
    inTransaction(db, () => {
      changeStatus(db, record.reference, staff.email, change.status, outcome as never, now);
      for (const r of recipients) {
        const parts = statusUpdate(input.residentT, { reference: record.reference, status: change.status, message: change.message ?? '', link: progressLink(input.origin, record.lang) });
        queueMessage(db, { submissionId: record.id, reference: record.reference, kind: 'update', channel: r.channel, to: r.to, lang: record.lang, payload: parts[r.channel], at: now.toISOString(), now });
      }
    });
    audit(db, { actor: staff.email, action: 'status', reference: record.reference, detail: `${change.status}${outcome ? ` (${outcome})` : ''}` }, now);
    if (recipients.length) audit(db, { actor: staff.email, action: 'send-update', reference: record.reference, detail: recipients.map((r) => r.channel).join(', ') }, now);
    return { ok: true, done: recipients.length ? 'status-sent' : 'status' };
  }

  if (action === 'note') {
    const note = (params.get('note') ?? '').trim();
    if (!note) return fail('note', 'Write the note before adding it.');
    if (note.length > 2000) return fail('note', 'The note must be 2,000 characters or fewer.');
    addNote(db, record.reference, staff.email, note, now);
    audit(db, { actor: staff.email, action: 'note', reference: record.reference }, now);
    return { ok: true, done: 'note' };
  }
  if (action === 'send-link') {
    const page = (input.pages ?? []).find((p) => p.path === params.get('page'));
    if (!page) return fail('page', 'Choose a page from the list.');
    if (!notifyConfigured()) return fail('page', 'Messages are switched off: this portal has no GOV.UK Notify key. Give the resident the short link another way.');
    const recipients = acknowledgementRecipients(record.answers);
    if (!recipients.length) return fail('page', 'The resident did not agree to messages by email or text. Give them the short link the way they asked to be contacted.');
    const url = new URL(shortPath(page.path), input.origin).href;
    const parts = pageLink(input.residentT, { reference: record.reference, title: page.title, url });
    inTransaction(db, () => {
      for (const r of recipients) {
        queueMessage(db, { submissionId: record.id, reference: record.reference, kind: 'link', channel: r.channel, to: r.to, lang: record.lang, payload: parts[r.channel], at: now.toISOString(), now });
      }
    });
    audit(db, { actor: staff.email, action: 'send-link', reference: record.reference, detail: `${page.path} by ${recipients.map((r) => r.channel).join(', ')}` }, now);
    return { ok: true, done: 'link-sent' };
  }
  return fail('_action', 'That is not something this page can do.', 400);
}
