import type { LangCode } from '../i18n/languages.ts';
import { formatPounds } from '../i18n/format.ts';
import { couldIGetHelpFacts, couldIGetHelpOutcome } from './could-i-get-help/outcome.ts';
import type { CouldIGetHelpAnswers } from './could-i-get-help/schema.ts';
import { willIHaveToPayFacts, willIHaveToPayOutcome } from './will-i-have-to-pay/outcome.ts';
import type { WillIHaveToPayAnswers } from './will-i-have-to-pay/schema.ts';

/** What a check's result page shows: facts pick the blocks, slots fill in the person's figures. */
export interface CheckResult {
  facts: string[];
  slots: Record<string, string>;
}

/** The result of a check from its validated answers: the same in the browser and on the server. */
export function checkResult(formId: string, data: unknown, lang: LangCode): CheckResult {
  if (formId === 'could-i-get-help') {
    return { facts: couldIGetHelpFacts(couldIGetHelpOutcome(data as CouldIGetHelpAnswers)), slots: {} };
  }
  if (formId === 'will-i-have-to-pay') {
    const outcome = willIHaveToPayOutcome(data as WillIHaveToPayAnswers);
    return { facts: willIHaveToPayFacts(outcome), slots: { amount: formatPounds(lang, outcome.countedPence / 100) } };
  }
  throw new Error(`No result for form "${formId}"`);
}
