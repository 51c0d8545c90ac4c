import * as z from 'zod/mini';
import { ALWAYS, choice, choices, longText, pastDate, personName, phone, postcode, requireWhen, text } from '../engine/fields.ts';
import { contactShape, refineContact } from '../shared/contact.ts';
import { CARE_ACT_OUTCOMES } from '../shared/care-act-outcomes.ts';
import { YES_NO } from '../shared/options.ts';

export const WHO = ['myself', 'someone-else'] as const;
export const AGREEMENT = ['yes', 'could-not-ask'] as const;

/** A request for a needs assessment, for yourself or for someone else. */
export const needsAssessmentSchema = z
  .object({
    who: choice('needs.who', WHO),
    // Only when asking for someone else.
    referrerName: z.optional(personName('needs.referrerName')),
    referrerRelationship: z.optional(text('needs.referrerRelationship', 100)),
    referrerPhone: z.optional(phone('needs.referrerPhone')),
    agreement: z.optional(choice('needs.agreement', AGREEMENT)),
    noAgreementReason: z.optional(text('needs.noAgreementReason', 1000)),
    // The person who needs help.
    name: personName('needs.name'),
    dateOfBirth: pastDate('needs.dateOfBirth'),
    address: longText('needs.address', 300),
    postcode: postcode('needs.postcode'),
    // What help they need.
    areas: z.optional(choices('needs.areas', CARE_ACT_OUTCOMES)),
    needsDescription: longText('needs.needsDescription', 5000),
    urgent: choice('needs.urgent', YES_NO),
    urgentDetails: z.optional(longText('needs.urgentDetails', 1000)),
    ...contactShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      const forOther = v.who === 'someone-else';
      requireWhen(v, ctx, forOther, 'referrerName', 'needs.referrerName.error.required');
      requireWhen(v, ctx, forOther, 'referrerRelationship', 'needs.referrerRelationship.error.required');
      requireWhen(v, ctx, forOther, 'referrerPhone', 'needs.referrerPhone.error.required');
      requireWhen(v, ctx, forOther, 'agreement', 'needs.agreement.error.required');
      requireWhen(v, ctx, forOther && v.agreement === 'could-not-ask', 'noAgreementReason', 'needs.noAgreementReason.error.required');
      requireWhen(v, ctx, v.urgent === 'yes', 'urgentDetails', 'needs.urgentDetails.error.required');
      refineContact(v, ctx);
    }, ALWAYS),
  );

export type NeedsAssessment = z.output<typeof needsAssessmentSchema>;
