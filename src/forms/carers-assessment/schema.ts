import * as z from 'zod/mini';
import { ALWAYS, choice, choices, longText, personName, postcode, requireWhen, text } from '../engine/fields.ts';
import { contactShape, refineContact } from '../shared/contact.ts';
import { YES_NO } from '../shared/options.ts';

export const HAS_SUPPORT = ['yes', 'no', 'not-sure'] as const;
export const TASKS = ['personal-care', 'meals', 'medicines', 'housework', 'shopping', 'money', 'appointments', 'emotional', 'night', 'watching'] as const;
export const HOURS = ['under-20', '20-to-34', '35-to-49', '50-or-more'] as const;
export const IMPACTS = ['health', 'sleep', 'feelings', 'work', 'money', 'time', 'relationships'] as const;
export const CONTINUE = ['yes', 'not-sure', 'no'] as const;

/** A request for a carer's assessment, from an unpaid carer about their own needs. */
export const carersAssessmentSchema = z
  .object({
    // About you.
    name: personName('carers.name'),
    address: longText('carers.address', 300),
    postcode: postcode('carers.postcode'),
    // The person you care for.
    caredForName: personName('carers.caredForName'),
    caredForRelationship: text('carers.caredForRelationship', 100),
    livesWithYou: choice('carers.livesWithYou', YES_NO),
    caredForHasSupport: choice('carers.caredForHasSupport', HAS_SUPPORT),
    // What caring involves.
    tasks: choices('carers.tasks', TASKS, 1),
    hours: choice('carers.hours', HOURS),
    caringDescription: z.optional(longText('carers.caringDescription', 3000)),
    // How it affects you.
    impacts: z.optional(choices('carers.impacts', IMPACTS)),
    impactDescription: longText('carers.impactDescription', 5000),
    continueCaring: choice('carers.continueCaring', CONTINUE),
    // Anything urgent.
    urgent: choice('carers.urgent', YES_NO),
    urgentDetails: z.optional(longText('carers.urgentDetails', 1000)),
    ...contactShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      requireWhen(v, ctx, v.urgent === 'yes', 'urgentDetails', 'carers.urgentDetails.error.required');
      refineContact(v, ctx);
    }, ALWAYS),
  );

export type CarersAssessment = z.output<typeof carersAssessmentSchema>;
