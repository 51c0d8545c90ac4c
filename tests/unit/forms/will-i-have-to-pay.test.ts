import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/forms/engine/validate.ts';
import { willIHaveToPay } from '../../../src/forms/will-i-have-to-pay/definition.ts';
import type { WillIHaveToPayAnswers } from '../../../src/forms/will-i-have-to-pay/schema.ts';
import { capitalBand, willIHaveToPayFacts, willIHaveToPayOutcome } from '../../../src/forms/will-i-have-to-pay/outcome.ts';
import { capitalLimits } from '../../../src/forms/config/capital-limits.ts';
import type { RawAnswers } from '../../../src/forms/engine/types.ts';

/** Answers as the browser sends them, checked by the real schema, then the outcome. */
function check(raw: RawAnswers) {
  const result = validate<WillIHaveToPayAnswers>(willIHaveToPay, raw);
  if (!result.ok) throw new Error(`unexpected errors: ${result.errors.map((e) => e.key).join(', ')}`);
  return willIHaveToPayOutcome(result.data);
}

const atHome = (savings: string): RawAnswers => ({ setting: 'home', savings, otherProperty: 'no' });

describe('the capital limits config', () => {
  it('holds the national figures with the year and source', () => {
    expect(capitalLimits.upperPounds).toBe(23_250);
    expect(capitalLimits.lowerPounds).toBe(14_250);
    expect(capitalLimits.unchangedSince).toBe(2010);
    expect(capitalLimits.source).toBe('charging-regulations');
  });
});

describe('capital bands at the limits (typed as people type money)', () => {
  it.each([
    ['0', 'not-counted'],
    ['14,249.99', 'not-counted'],
    ['£14,250', 'not-counted'],
    ['14250.00', 'not-counted'],
    ['14,250.01', 'partly-counted'],
    ['23,249.99', 'partly-counted'],
    ['£23,250', 'partly-counted'],
    ['23 250.00', 'partly-counted'],
    ['23,250.01', 'full-cost'],
    ['250000', 'full-cost'],
  ])('savings of %s are %s', (savings, band) => {
    expect(check(atHome(savings)).band).toBe(band);
  });

  it('works in pence, so no rounding moves a penny across a limit', () => {
    expect(capitalBand(1_425_000)).toBe('not-counted');
    expect(capitalBand(1_425_001)).toBe('partly-counted');
    expect(capitalBand(2_325_000)).toBe('partly-counted');
    expect(capitalBand(2_325_001)).toBe('full-cost');
  });

  it('follows the config, not figures of its own', () => {
    const limits = { upperPounds: 100, lowerPounds: 50 };
    expect(capitalBand(5_000, limits)).toBe('not-counted');
    expect(capitalBand(5_001, limits)).toBe('partly-counted');
    expect(capitalBand(10_001, limits)).toBe('full-cost');
  });
});

describe('what is counted', () => {
  it('never counts the home for care at home (it is not even asked)', () => {
    const outcome = check({ setting: 'home', savings: '1000', ownHome: 'yes', partnerStays: 'no', homeValue: '300000', otherProperty: 'no' });
    expect(outcome.home).toBe('not-asked');
    expect(outcome.countedPence).toBe(100_000);
    expect(outcome.band).toBe('not-counted');
  });

  it('counts the home for a care home when nobody stays in it', () => {
    const outcome = check({ setting: 'care-home', savings: '1000', ownHome: 'yes', partnerStays: 'no', homeValue: '150,000', otherProperty: 'no' });
    expect(outcome.home).toBe('counted');
    expect(outcome.countedPence).toBe(15_100_000);
    expect(outcome.band).toBe('full-cost');
  });

  it('does not count the home while a partner or relative still lives there', () => {
    const outcome = check({ setting: 'care-home', savings: '1000', ownHome: 'yes', partnerStays: 'yes', homeValue: '150000', otherProperty: 'no' });
    expect(outcome.home).toBe('not-counted-someone-stays');
    expect(outcome.band).toBe('not-counted');
  });

  it('adds other property in either setting, exactly to the limit', () => {
    const outcome = check({ setting: 'home', savings: '14,000', otherProperty: 'yes', otherPropertyValue: '250' });
    expect(outcome.countedPence).toBe(1_425_000);
    expect(outcome.band).toBe('not-counted');
    const onePennyMore = check({ setting: 'home', savings: '14,000.01', otherProperty: 'yes', otherPropertyValue: '250' });
    expect(onePennyMore.band).toBe('partly-counted');
  });

  it('ignores a value typed for other property and then answered "no"', () => {
    const outcome = check({ setting: 'home', savings: '10', otherProperty: 'no', otherPropertyValue: '99999' });
    expect(outcome.countedPence).toBe(1_000);
  });

  it('gives the facts the result page shows', () => {
    const outcome = check({ setting: 'care-home', savings: '20000', ownHome: 'no', otherProperty: 'no' });
    expect(willIHaveToPayFacts(outcome)).toEqual(['setting:care-home', 'band:partly-counted', 'home:not-owned']);
  });
});

describe('money as typed', () => {
  it.each(['12,50', '1.234', 'ten pounds', '-5', '£', '12,5000'])('refuses %j with a format message', (savings) => {
    const result = validate(willIHaveToPay, atHome(savings));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ field: 'savings', anchor: 'f-savings', key: 'pay.savings.error.format' }]);
  });

  it('refuses an amount too big to be real', () => {
    const result = validate(willIHaveToPay, atHome('9999999999999'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.key).toBe('pay.savings.error.tooBig');
  });
});
