import * as z from 'zod/mini';
import { choice } from '../engine/fields.ts';
import { CARE_ACT_OUTCOMES, type CareActOutcome } from '../shared/care-act-outcomes.ts';

export const CONDITION = ['yes', 'no', 'not-sure'] as const;
/** "hard" covers the Care Act's "can, but only with a lot of pain, worry or risk, or very slowly". */
export const ABILITY = ['can', 'hard', 'cannot'] as const;
/** Work and looking after a child do not apply to everyone. */
export const ABILITY_OR_NA = ['can', 'hard', 'cannot', 'not-apply'] as const;
export const WELLBEING = ['yes', 'some', 'no'] as const;

export const OPTIONAL_OUTCOMES: readonly CareActOutcome[] = ['work', 'child'];

const outcomeShape = Object.fromEntries(
  CARE_ACT_OUTCOMES.map((id) => [
    id,
    OPTIONAL_OUTCOMES.includes(id) ? choice(`could.${id}`, ABILITY_OR_NA) : choice(`could.${id}`, ABILITY),
  ]),
) as Record<CareActOutcome, ReturnType<typeof choice<typeof ABILITY_OR_NA>>>;

export const couldIGetHelpSchema = z.object({
  condition: choice('could.condition', CONDITION),
  ...outcomeShape,
  wellbeing: choice('could.wellbeing', WELLBEING),
});

export type CouldIGetHelpAnswers = z.output<typeof couldIGetHelpSchema>;
