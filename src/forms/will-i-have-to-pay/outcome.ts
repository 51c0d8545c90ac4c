import { capitalLimits } from '../config/capital-limits.ts';
import type { WillIHaveToPayAnswers } from './schema.ts';

/**
 * Where a person's savings and property sit against the national capital limits. Money is
 * in whole pence, so "exactly £14,250" is exact. The limits say "more than £23,250" pays in
 * full and "£14,250 or less" is not counted: the limit itself falls in the band below it.
 */
export type CapitalBand = 'not-counted' | 'partly-counted' | 'full-cost';

export interface WillIHaveToPayOutcome {
  setting: WillIHaveToPayAnswers['setting'];
  band: CapitalBand;
  /** Savings and property the check counted, in pence. */
  countedPence: number;
  /** For a care home: whether the home they live in was counted, and why not. */
  home: 'not-asked' | 'not-owned' | 'counted' | 'not-counted-someone-stays';
}

export function capitalBand(countedPence: number, limits: { upperPounds: number; lowerPounds: number } = capitalLimits): CapitalBand {
  if (countedPence > limits.upperPounds * 100) return 'full-cost';
  if (countedPence > limits.lowerPounds * 100) return 'partly-counted';
  return 'not-counted';
}

export function willIHaveToPayOutcome(answers: WillIHaveToPayAnswers, limits: { upperPounds: number; lowerPounds: number } = capitalLimits): WillIHaveToPayOutcome {
  let home: WillIHaveToPayOutcome['home'] = 'not-asked';
  if (answers.setting === 'care-home') {
    if (answers.ownHome !== 'yes') home = 'not-owned';
    else home = answers.partnerStays === 'yes' ? 'not-counted-someone-stays' : 'counted';
  }
  const countedPence =
    answers.savings +
    (answers.otherProperty === 'yes' ? (answers.otherPropertyValue ?? 0) : 0) +
    (home === 'counted' ? (answers.homeValue ?? 0) : 0);
  return { setting: answers.setting, band: capitalBand(countedPence, limits), countedPence, home };
}

export function willIHaveToPayFacts(outcome: WillIHaveToPayOutcome): string[] {
  return [`setting:${outcome.setting}`, `band:${outcome.band}`, `home:${outcome.home}`];
}
