import { waitingTimes } from '../forms/config/waiting-times.ts';
import type { Translate } from '../forms/engine/summary.ts';

/**
 * The words of each message, in the resident's language, made when the message is queued
 * (the server has the translations then). Notify's templates only place them:
 * email `((subject))` and `((message))`, text message `((message))`.
 */
export interface MessageParts {
  email: { subject: string; message: string };
  sms: { message: string };
}

function waitText(t: Translate, form: string): string {
  const c = waitingTimes.carersJanuary2025;
  if (form === 'carers-assessment') return t('notify.wait.carers-assessment', { from: c.aimDaysFrom, to: c.aimDaysTo, days: c.medianDays });
  if (form === 'tell-us-what-you-think') return t('notify.wait.tell-us-what-you-think');
  return t('notify.wait.needs-assessment', { days: waitingTimes.careActJanuary2025.medianDays });
}

export function acknowledgement(t: Translate, input: { form: string; reference: string; link: string }): MessageParts {
  const vars = { form: t(`notify.form.${input.form}`), reference: input.reference, link: input.link, wait: waitText(t, input.form) };
  return {
    email: { subject: t('notify.ack.subject', vars), message: t('notify.ack.email', vars) },
    sms: { message: t('notify.ack.sms', vars) },
  };
}

export function statusUpdate(t: Translate, input: { reference: string; status: string; message: string; link: string }): MessageParts {
  const vars = { reference: input.reference, status: t(`progress.status.${input.status}`), message: input.message.trim(), link: input.link };
  return {
    email: { subject: t('notify.update.subject', vars), message: t('notify.update.email', vars) },
    sms: { message: t('notify.update.sms', vars).replace(/\s{2,}/g, ' ') },
  };
}

/** A page staff send the resident: its title in their language and its short link. */
export function pageLink(t: Translate, input: { reference: string; title: string; url: string }): MessageParts {
  return {
    email: { subject: t('notify.link.subject', input), message: t('notify.link.email', input) },
    sms: { message: t('notify.link.sms', input) },
  };
}

/** The progress page in the resident's language; the private link when there is one. */
export function progressLink(origin: string, lang: string, token?: string): string {
  const path = `${lang === 'en' ? '' : `/${lang}`}/ask/progress/`;
  const url = new URL(path, origin);
  if (token) url.searchParams.set('link', token);
  return url.href;
}

/** The public address for links in messages: SITE_URL when set (behind a proxy), else the request's own. */
export const publicOrigin = (requestUrl: string): string => process.env.SITE_URL?.trim() || new URL(requestUrl).origin;
