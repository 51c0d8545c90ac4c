import { CARE_ACT_OUTCOMES, type CareActOutcome } from '../shared/care-act-outcomes.ts';
import type { CouldIGetHelpAnswers } from './schema.ts';

/**
 * What the answers suggest, following the Care and Support (Eligibility Criteria)
 * Regulations 2015: needs that come from a condition or illness, that leave a person
 * unable to achieve two or more of the ten outcomes, with a significant effect on their
 * wellbeing. Only a needs assessment decides; this never says "eligible".
 */
export type HelpLevel = 'likely' | 'possible' | 'unlikely';

export interface CouldIGetHelpOutcome {
  level: HelpLevel;
  /** Outcomes the person cannot achieve, or only with difficulty, in page order. */
  hardAreas: CareActOutcome[];
}

/** The regulations' threshold: two or more outcomes. */
export const OUTCOMES_NEEDED = 2;

export function couldIGetHelpOutcome(answers: CouldIGetHelpAnswers): CouldIGetHelpOutcome {
  const hardAreas = CARE_ACT_OUTCOMES.filter((id) => answers[id] === 'hard' || answers[id] === 'cannot');
  const enoughAreas = hardAreas.length >= OUTCOMES_NEEDED;
  let level: HelpLevel;
  if (!enoughAreas || answers.condition === 'no' || answers.wellbeing === 'no') level = 'unlikely';
  else if (answers.condition === 'yes' && answers.wellbeing === 'yes') level = 'likely';
  else level = 'possible';
  return { level, hardAreas };
}

/** Facts the result page shows or hides blocks by (the same in the browser and on the server). */
export function couldIGetHelpFacts(outcome: CouldIGetHelpOutcome): string[] {
  return [
    `level:${outcome.level}`,
    outcome.hardAreas.length ? 'areas:some' : 'areas:none',
    ...outcome.hardAreas.map((a) => `area:${a}`),
  ];
}
