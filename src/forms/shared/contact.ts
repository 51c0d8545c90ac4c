import * as z from 'zod/mini';
import { languages } from '../../i18n/languages.ts';
import { choice, choices, email, phone, requireWhen, text } from '../engine/fields.ts';
import type { Section } from '../engine/types.ts';
import { yesNoOptions, YES_NO } from './options.ts';

/**
 * How the person wants us to get in touch: asked in every referral, because the CQC heard
 * that assessments and letters came only in English and only in one format.
 */
export const CONTACT_METHODS = ['phone', 'email', 'letter'] as const;
export const CONTACT_LANGUAGES: [string, ...string[]] = ['other', ...languages.map((l): string => l.code)];
export const CONTACT_FORMATS = ['bsl', 'easy-read', 'large-print'] as const;
export const ACKNOWLEDGE = ['yes'] as const;

/** A UK mobile number (07…, +447… or 00447…): the only kind a text message can reach. */
export function isUkMobile(typed: string): boolean {
  const digits = typed.replace(/[^\d+]/g, '').replace(/^\+/, '00');
  return /^07\d{9}$/.test(digits) || /^00447\d{9}$/.test(digits) || /^447\d{9}$/.test(digits);
}

/**
 * Where the acknowledgement goes, only when the person ticked the box: the email or mobile
 * number they gave for contact. Nothing is sent to a number or address given for anyone else.
 */
export function acknowledgementRecipients(answers: Record<string, unknown>): { channel: 'email' | 'sms'; to: string }[] {
  const wants = Array.isArray(answers.acknowledge) && answers.acknowledge.includes('yes');
  if (!wants) return [];
  if (answers.contactMethod === 'email' && typeof answers.contactEmail === 'string') return [{ channel: 'email', to: answers.contactEmail }];
  if (answers.contactMethod === 'phone' && typeof answers.contactPhone === 'string' && isUkMobile(answers.contactPhone)) return [{ channel: 'sms', to: answers.contactPhone }];
  return [];
}

export const contactShape = {
  contactMethod: choice('contact.contactMethod', CONTACT_METHODS),
  contactPhone: z.optional(phone('contact.contactPhone')),
  contactEmail: z.optional(email('contact.contactEmail')),
  acknowledge: z.optional(choices('contact.acknowledge', ACKNOWLEDGE)),
  contactLanguage: choice('contact.contactLanguage', CONTACT_LANGUAGES),
  contactLanguageOther: z.optional(text('contact.contactLanguageOther', 100)),
  interpreter: choice('contact.interpreter', YES_NO),
  formats: z.optional(choices('contact.formats', CONTACT_FORMATS)),
};

/** The same questions for a form where a reply is optional: required only when one is wanted. */
export const optionalContactShape = {
  ...contactShape,
  contactMethod: z.optional(choice('contact.contactMethod', CONTACT_METHODS)),
  contactLanguage: z.optional(choice('contact.contactLanguage', CONTACT_LANGUAGES)),
  interpreter: z.optional(choice('contact.interpreter', YES_NO)),
};

type ContactValues = { [K in keyof typeof contactShape]?: unknown };

/** For optionalContactShape: the questions that are required whenever the contact section is asked. */
export function refineOptionalContact(value: ContactValues, ctx: { issues: unknown[] }, asked: boolean) {
  requireWhen(value, ctx, asked, 'contactMethod', 'contact.contactMethod.error.required');
  requireWhen(value, ctx, asked, 'contactLanguage', 'contact.contactLanguage.error.required');
  requireWhen(value, ctx, asked, 'interpreter', 'contact.interpreter.error.required');
  refineContact(value, ctx);
}

/** The revealed questions become required when their option is chosen. */
export function refineContact(value: ContactValues, ctx: { issues: unknown[] }) {
  requireWhen(value, ctx, value.contactMethod === 'phone', 'contactPhone', 'contact.contactPhone.error.required');
  requireWhen(value, ctx, value.contactMethod === 'email', 'contactEmail', 'contact.contactEmail.error.required');
  requireWhen(value, ctx, value.contactLanguage === 'other', 'contactLanguageOther', 'contact.contactLanguageOther.error.required');
  const wantsAck = Array.isArray(value.acknowledge) && value.acknowledge.includes('yes');
  const problem = (key: string) => ctx.issues.push({ code: 'custom', message: key, input: value.acknowledge, path: ['acknowledge'] });
  if (wantsAck && value.contactMethod === 'letter') problem('contact.acknowledge.error.noAddress');
  if (wantsAck && value.contactMethod === 'phone' && typeof value.contactPhone === 'string' && !isUkMobile(value.contactPhone)) problem('contact.acknowledge.error.notMobile');
}

export const contactSection: Section = {
  id: 'contact',
  text: 'contact.section',
  intro: true,
  questions: [
    {
      id: 'contactMethod',
      text: 'contact.contactMethod',
      kind: 'radios',
      options: [
        { value: 'phone', reveals: [{ id: 'contactPhone', text: 'contact.contactPhone', kind: 'text', type: 'tel', autocomplete: 'tel', inputmode: 'tel', width: 'medium', spellcheck: false, ltr: true }] },
        { value: 'email', reveals: [{ id: 'contactEmail', text: 'contact.contactEmail', kind: 'text', type: 'email', autocomplete: 'email', width: 'long', spellcheck: false, ltr: true }] },
        { value: 'letter', hint: true },
      ],
    },
    // Asked straight after how to contact: the message goes to the email or mobile given there.
    { id: 'acknowledge', text: 'contact.acknowledge', kind: 'checkboxes', hint: true, options: ACKNOWLEDGE.map((value) => ({ value })) },
    {
      id: 'contactLanguage',
      text: 'contact.contactLanguage',
      kind: 'radios',
      hint: true,
      options: [
        ...languages.map((l) => ({ value: l.code, literal: { text: l.name, lang: l.code, dir: l.dir } })),
        { value: 'other', reveals: [{ id: 'contactLanguageOther', text: 'contact.contactLanguageOther', kind: 'text', width: 'medium' }] },
      ],
    },
    { id: 'interpreter', text: 'contact.interpreter', kind: 'radios', inline: true, options: yesNoOptions() },
    {
      id: 'formats',
      text: 'contact.formats',
      kind: 'checkboxes',
      hint: true,
      options: CONTACT_FORMATS.map((value) => ({ value })),
    },
  ],
};
