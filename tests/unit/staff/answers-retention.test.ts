import { describe, expect, it } from 'vitest';
import { getForm } from '../../../src/forms/registry.ts';
import { answerRows } from '../../../src/staff/answers.ts';
import { auditPage } from '../../../src/staff/audit.ts';
import { countOlderThan, cutOffFor, purge, readDays, retentionDays } from '../../../src/staff/retention.ts';
import { validAnswers } from '../forms/fixtures.ts';
import { validate } from '../../../src/forms/engine/validate.ts';
import { request, testStore } from './helpers.ts';

describe('a request\'s answers for staff', () => {
  it('puts each question and answer in English beside the resident\'s own language, marked with it', () => {
    const def = getForm('ask', 'needs-assessment')!;
    const checked = validate(def, validAnswers['needs-assessment']!);
    expect(checked.ok).toBe(true);
    const sections = answerRows(def, 'ur', checked.ok ? (checked.data as Record<string, unknown>) : {});
    const rows = sections.flatMap((s) => s.rows);
    const name = rows.find((r) => r.field === 'name');
    expect(name).toMatchObject({ question: expect.stringMatching(/name/i), ownWords: true, theirs: { lang: 'ur', dir: 'rtl' } });
    expect(name?.theirs?.question).toMatch(/[\u0600-\u06FF]/);
    const urgent = rows.find((r) => r.field === 'urgent');
    expect(urgent?.answer.join(' ')).toMatch(/^(Yes|No)/);
    expect(urgent?.theirs?.answer.join(' ')).toMatch(/[\u0600-\u06FF]/);
    const dob = rows.find((r) => r.field === 'dateOfBirth');
    expect(dob?.answer.join('')).toMatch(/\d{4}/);
  });

  it('shows English only for a request made in English', () => {
    const def = getForm('ask', 'carers-assessment')!;
    const checked = validate(def, validAnswers['carers-assessment']!);
    const rows = answerRows(def, 'en', checked.ok ? (checked.data as Record<string, unknown>) : {}).flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.theirs === undefined)).toBe(true);
  });
});

describe('retention', () => {
  it('reads RETENTION_DAYS, and a typed number of days with a clear message when it is not one', () => {
    expect(retentionDays({ RETENTION_DAYS: '730' })).toBe(730);
    expect(retentionDays({ RETENTION_DAYS: 'two years' })).toBeUndefined();
    expect(retentionDays({})).toBeUndefined();
    expect(readDays(' 365 ')).toBe(365);
    expect(readDays('')).toBe('Enter the number of days to keep requests for.');
    expect(readDays('1.5')).toBe('Enter a whole number of days, from 1 to 36500.');
    expect(readDays('0')).toBe('Enter a whole number of days, from 1 to 36500.');
  });

  it('purges what came before the cut-off, with its history and messages, and audits how many', () => {
    const { store, clock } = testStore(new Date('2024-01-10T09:00:00Z'));
    const old = store.save(request({ acknowledge: { recipients: [{ channel: 'email', to: 'a@example.com' }], compose: () => ({ email: { subject: 's', message: 'm' }, sms: { message: 'm' } }) } }));
    clock.now = new Date('2026-03-01T09:00:00Z');
    const recent = store.save(request());
    const now = new Date('2026-03-02T09:00:00Z');
    expect(countOlderThan(store, cutOffFor(365, now))).toBe(1);
    expect(purge(store, 'mo@example.gov.uk', 365, now)).toBe(1);
    expect(store.all().map((s) => s.reference)).toEqual([recent.reference]);
    expect(store.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(auditPage(store.db)[0]).toMatchObject({ actor: 'mo@example.gov.uk', action: 'purge', detail: '1 request received more than 365 days ago' });
    expect(JSON.stringify(auditPage(store.db))).not.toContain(old.reference);
  });
});
