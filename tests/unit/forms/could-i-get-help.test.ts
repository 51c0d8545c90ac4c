import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/forms/engine/validate.ts';
import { couldIGetHelp } from '../../../src/forms/could-i-get-help/definition.ts';
import type { CouldIGetHelpAnswers } from '../../../src/forms/could-i-get-help/schema.ts';
import { couldIGetHelpFacts, couldIGetHelpOutcome } from '../../../src/forms/could-i-get-help/outcome.ts';
import { CARE_ACT_OUTCOMES } from '../../../src/forms/shared/care-act-outcomes.ts';
import type { RawAnswers } from '../../../src/forms/engine/types.ts';

const allCan = Object.fromEntries(CARE_ACT_OUTCOMES.map((id) => [id, 'can']));

function outcome(raw: RawAnswers) {
  const result = validate<CouldIGetHelpAnswers>(couldIGetHelp, { condition: 'yes', wellbeing: 'yes', ...allCan, ...raw });
  if (!result.ok) throw new Error(result.errors.map((e) => e.key).join(', '));
  return couldIGetHelpOutcome(result.data);
}

describe('could I get help with care and support', () => {
  it('needs two or more outcomes: one is not enough', () => {
    expect(outcome({ food: 'cannot' }).level).toBe('unlikely');
    expect(outcome({ food: 'cannot', toilet: 'hard' }).level).toBe('likely');
  });

  it('counts "hard" (pain, worry, risk or much longer) the same as "cannot"', () => {
    expect(outcome({ hygiene: 'hard', dressed: 'hard' }).level).toBe('likely');
  });

  it('does not count "does not apply to me"', () => {
    expect(outcome({ work: 'not-apply', child: 'not-apply', food: 'cannot' }).level).toBe('unlikely');
  });

  it('says "possible", not "likely", when the person is not sure about a condition or the effect is only some', () => {
    expect(outcome({ condition: 'not-sure', food: 'cannot', toilet: 'cannot' }).level).toBe('possible');
    expect(outcome({ wellbeing: 'some', food: 'cannot', toilet: 'cannot' }).level).toBe('possible');
  });

  it('says "unlikely" with no condition or illness, or no effect on wellbeing', () => {
    expect(outcome({ condition: 'no', food: 'cannot', toilet: 'cannot', dressed: 'cannot' }).level).toBe('unlikely');
    expect(outcome({ wellbeing: 'no', food: 'cannot', toilet: 'cannot' }).level).toBe('unlikely');
  });

  it('lists the hard areas in page order, for the result and the facts', () => {
    const o = outcome({ services: 'hard', food: 'cannot', child: 'cannot' });
    expect(o.hardAreas).toEqual(['food', 'services', 'child']);
    expect(couldIGetHelpFacts(o)).toEqual(['level:likely', 'areas:some', 'area:food', 'area:services', 'area:child']);
    expect(couldIGetHelpFacts(outcome({}))).toEqual(['level:unlikely', 'areas:none']);
  });

  it('asks every question: a missing answer is an error for that question', () => {
    const result = validate(couldIGetHelp, { condition: 'yes', wellbeing: 'yes', ...allCan, toilet: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ field: 'toilet', anchor: 'f-toilet', key: 'could.toilet.error.required' }]);
  });

  it('refuses "does not apply" where it is not offered', () => {
    const result = validate(couldIGetHelp, { condition: 'yes', wellbeing: 'yes', ...allCan, food: 'not-apply' });
    expect(result.ok).toBe(false);
  });
});
