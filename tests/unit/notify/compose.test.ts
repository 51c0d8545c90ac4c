import { describe, expect, it } from 'vitest';
import { formsTranslator } from '../../../src/forms/i18n.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { acknowledgement, progressLink, statusUpdate } from '../../../src/notify/compose.ts';
import { waitingTimes } from '../../../src/forms/config/waiting-times.ts';

const codes = languages.map((l) => l.code);

describe('messages to residents', () => {
  it.each(codes)('%s: the acknowledgement holds the reference, the wait and the progress link', (lang) => {
    const t = formsTranslator(lang);
    const link = progressLink('https://portal.example', lang, 'secret-token-aaaaaaaaaaaa');
    const carers = acknowledgement(t, { form: 'carers-assessment', reference: 'KQ7-4HT-9WZ', link });
    for (const text of [carers.email.subject, carers.email.message, carers.sms.message]) expect(text).toContain('KQ7-4HT-9WZ');
    expect(carers.email.message).toContain(link);
    expect(carers.sms.message).toContain(link);
    expect(carers.email.message).toContain(String(waitingTimes.carersJanuary2025.aimDaysTo));
    const needs = acknowledgement(t, { form: 'needs-assessment', reference: 'KQ7-4HT-9WZ', link });
    expect(needs.email.message).toContain(String(waitingTimes.careActJanuary2025.medianDays));
    for (const text of [carers.email.subject, carers.email.message, carers.sms.message, needs.email.message]) expect(text).not.toMatch(/\{\{|notify\./);
  });

  it.each(codes)('%s: a status update names the new status in the resident\'s language', (lang) => {
    const t = formsTranslator(lang);
    const update = statusUpdate(t, { reference: 'KQ7-4HT-9WZ', status: 'waiting', message: '', link: progressLink('https://portal.example', lang) });
    expect(update.sms.message).toContain(t('progress.status.waiting'));
    expect(update.email.message).toContain('KQ7-4HT-9WZ');
    expect(update.sms.message).not.toMatch(/\s{2,}|\{\{/);
  });

  it('links to the progress page in the resident\'s language', () => {
    expect(progressLink('https://portal.example', 'en')).toBe('https://portal.example/ask/progress/');
    expect(progressLink('https://portal.example', 'pa', 'abc')).toBe('https://portal.example/pa/ask/progress/?link=abc');
  });
});
