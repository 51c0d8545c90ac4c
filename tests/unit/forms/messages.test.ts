import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/forms.json';
import { validate } from '../../../src/forms/engine/validate.ts';
import type { RawAnswers } from '../../../src/forms/engine/types.ts';
import { forms, type FormId } from '../../../src/forms/registry.ts';
import { isAsked, placedQuestions } from '../../../src/forms/engine/walk.ts';
import { validAnswers } from './fixtures.ts';

/** Runs a form's schema on its valid answers with some changed, and returns the error keys by field. */
function errorsFor(id: FormId, change: RawAnswers, remove: string[] = []): Record<string, string> {
  const raw: RawAnswers = { ...validAnswers[id], ...change };
  for (const name of remove) delete raw[name];
  const result = validate(forms[id], raw);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.key]));
}

const formIds = Object.keys(forms) as FormId[];

describe('the valid fixtures', () => {
  it.each(formIds)('%s passes its schema', (id) => {
    expect(validate(forms[id], validAnswers[id] ?? {})).toMatchObject({ ok: true });
  });
});

describe('every "required" message', () => {
  // Each asked question, left empty on its own, gives its own required message.
  const cases = formIds.flatMap((id) =>
    placedQuestions(forms[id])
      .filter((p) => isAsked(p, validAnswers[id] ?? {}))
      .map((p) => [id, p.question.id, `${p.question.text}.error.required`] as const)
      .filter(([, , key]) => key in en),
  );

  it.each(cases)('%s: %s empty gives %s', (id, field, key) => {
    const names = field === 'dateOfBirth' ? ['dateOfBirth-day', 'dateOfBirth-month', 'dateOfBirth-year'] : [field];
    expect(errorsFor(id, {}, names)[field]).toBe(key);
  });
});

/** The other messages, each with an answer that should get it. */
const special: [FormId, RawAnswers, string, string][] = [
  ['needs-assessment', { referrerName: 'Ann <b>' }, 'referrerName', 'needs.referrerName.error.characters'],
  ['needs-assessment', { referrerPhone: '123' }, 'referrerPhone', 'needs.referrerPhone.error.format'],
  ['needs-assessment', { name: 'Robert"); DROP TABLE submissions;--' }, 'name', 'needs.name.error.characters'],
  ['needs-assessment', { 'dateOfBirth-month': '' }, 'dateOfBirth', 'needs.dateOfBirth.error.incomplete'],
  ['needs-assessment', { 'dateOfBirth-day': '30', 'dateOfBirth-month': '2' }, 'dateOfBirth', 'needs.dateOfBirth.error.real'],
  ['needs-assessment', { 'dateOfBirth-year': '3000' }, 'dateOfBirth', 'needs.dateOfBirth.error.past'],
  ['needs-assessment', { postcode: 'LE1' }, 'postcode', 'needs.postcode.error.format'],
  ['needs-assessment', { contactPhone: 'call me' }, 'contactPhone', 'contact.contactPhone.error.format'],
  ['carers-assessment', { contactEmail: 'sam@' }, 'contactEmail', 'contact.contactEmail.error.format'],
  ['carers-assessment', { name: '12345' }, 'name', 'carers.name.error.characters'],
  ['carers-assessment', { caredForName: '<script>' }, 'caredForName', 'carers.caredForName.error.characters'],
  ['carers-assessment', { postcode: '12345' }, 'postcode', 'carers.postcode.error.format'],
  ['will-i-have-to-pay', { savings: '1,00' }, 'savings', 'pay.savings.error.format'],
  ['will-i-have-to-pay', { savings: '2000000000' }, 'savings', 'pay.savings.error.tooBig'],
  ['will-i-have-to-pay', { homeValue: 'a lot' }, 'homeValue', 'pay.homeValue.error.format'],
  ['will-i-have-to-pay', { homeValue: '99999999999' }, 'homeValue', 'pay.homeValue.error.tooBig'],
  ['will-i-have-to-pay', { otherPropertyValue: '£' }, 'otherPropertyValue', 'pay.otherPropertyValue.error.format'],
  ['will-i-have-to-pay', { otherPropertyValue: '99999999999' }, 'otherPropertyValue', 'pay.otherPropertyValue.error.tooBig'],
  ['needs-assessment', { needsDescription: 'a\u0000b' }, 'needsDescription', 'common.error.characters'],
  ['needs-assessment', { referrerRelationship: 'friend\u001b[31m' }, 'referrerRelationship', 'common.error.characters'],
  ['needs-assessment', { needsDescription: 'x'.repeat(5001) }, 'needsDescription', 'common.error.tooLong'],
  ['needs-assessment', { areas: ['food', 'flying'] }, 'areas', 'common.error.option'],
  ['needs-assessment', { contactMethod: 'letter', acknowledge: ['yes'] }, 'acknowledge', 'contact.acknowledge.error.noAddress'],
  ['tell-us-what-you-think', { postcode: 'NOT A CODE' }, 'postcode', 'tell.postcode.error.format'],
  ['needs-assessment', { contactMethod: 'phone', contactPhone: '0116 496 0123', acknowledge: ['yes'] }, 'acknowledge', 'contact.acknowledge.error.notMobile'],
];

describe('every other message', () => {
  it.each(special)('%s: %j gives %s %s', (id, change, field, key) => {
    expect(errorsFor(id, change)[field]).toBe(key);
  });

  it('passes the limit to "too long"', () => {
    const result = validate(forms['needs-assessment'], { ...validAnswers['needs-assessment'], needsDescription: 'x'.repeat(5001) });
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'needsDescription', anchor: 'f-needsDescription', key: 'common.error.tooLong', params: { max: 5000 } }]);
  });

  it('keeps new lines and tabs in a text box, but not in a one-line answer', () => {
    expect(errorsFor('needs-assessment', { needsDescription: 'line one\n\tline two' })).toEqual({});
    expect(errorsFor('needs-assessment', { referrerRelationship: 'a\tb' }).referrerRelationship).toBe('common.error.characters');
  });

  it('accepts names in every script the site speaks', () => {
    for (const name of ['Zoë O’Brien-Smith', 'ગીતા પટેલ', 'ਹਰਪ੍ਰੀਤ ਕੌਰ', 'فاطمة أحمد', 'عائشہ خان', 'Łukasz Żółć', 'Cabdi Xasan']) {
      expect(errorsFor('needs-assessment', { name })).toEqual({});
    }
  });

  it('covers every error message in forms.json', () => {
    const required = formIds.flatMap((id) => placedQuestions(forms[id]).map((p) => `${p.question.text}.error.required`));
    const covered = new Set([...required, ...special.map(([, , , key]) => key)]);
    // Refused with "format" only when something other than text arrives (the API checks that first).
    const notTypeable = ['needs.dateOfBirth.error.format'];
    const pageLevel = ['common.error.summaryTitle', 'common.error.invalid', 'common.error.honeypot', 'common.error.notSaved', 'common.error.tooMany', 'common.error.tooLarge'];
    // The progress page's own form is checked in tests/unit/progress/lookup.test.ts.
    const progressPage = ['progress.reference.error.required', 'progress.reference.error.format', 'progress.postcode.error.required'];
    pageLevel.push(...progressPage);
    // "Was this page useful?" comments are checked in tests/unit/feedback/useful.test.ts.
    pageLevel.push('feedback.comment.error.required', 'feedback.comment.error.tooLong', 'feedback.comment.error.characters', 'feedback.error.invalid', 'feedback.error.used', 'feedback.error.tooMany');
    const all = Object.keys(en).filter((k) => k.includes('.error.'));
    expect(all.filter((k) => !covered.has(k) && !notTypeable.includes(k) && !pageLevel.includes(k))).toEqual([]);
  });

  it('takes feedback without a name: with no reply wanted, nothing about the person is asked or kept', () => {
    const anonymous = { kind: 'comment', about: 'This website', whatHappened: 'The easy read pages helped my dad.', reply: 'no', name: '<b>', contactMethod: 'phone', contactPhone: 'x' };
    const result = validate(forms['tell-us-what-you-think'], anonymous);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data).toEqual({ kind: 'comment', about: 'This website', whatHappened: 'The easy read pages helped my dad.', reply: 'no' });
    expect(errorsFor('tell-us-what-you-think', { reply: 'yes', contactMethod: 'email' }, ['name'])).toEqual({ name: 'tell.name.error.required', contactEmail: 'contact.contactEmail.error.required' });
    expect(errorsFor('tell-us-what-you-think', { kind: 'compliment' }, ['putRight'])).toEqual({});
  });

  it('asks nothing that is hidden: answers to unasked questions are dropped, not checked', () => {
    expect(errorsFor('needs-assessment', { who: 'myself', referrerName: '<b>', referrerPhone: 'x' })).toEqual({});
    expect(errorsFor('will-i-have-to-pay', { setting: 'home', ownHome: '', homeValue: 'nonsense' })).toEqual({});
  });
});
