// Shared by the forms' end-to-end tests: answers to fill in, a filler that works with or
// without JavaScript, the strings a page should show, and the submissions database.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, type Page } from '@playwright/test';

export type Answers = Record<string, string | string[]>;

export const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? 'test-results/e2e-data');

/** The forms' strings in one language, English filling any gap (as the site does). */
export function strings(lang: string): (key: string, params?: Record<string, string | number>) => string {
  const read = (code: string) => JSON.parse(fs.readFileSync(path.resolve('locales', code, 'forms.json'), 'utf8')) as Record<string, string>;
  if (lang !== 'en' && !fs.existsSync(path.resolve('locales', lang, 'forms.json'))) throw new Error(`locales/${lang}/forms.json is missing`);
  const english = read('en');
  const own = lang === 'en' ? english : read(lang);
  return (key, params = {}) => (own[key] ?? english[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, n: string) => String(params[n] ?? ''));
}

export const prefix = (lang: string) => (lang === 'en' ? '' : `/${lang}`);

/** Fills the form the way a person would: in order, choosing an option before what it reveals. */
export async function fill(page: Page, answers: Answers): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    const inputs = page.locator(`form [name="${name}"]`);
    const type = await inputs.first().getAttribute('type');
    if (type === 'radio' || type === 'checkbox') {
      for (const v of Array.isArray(value) ? value : [value]) await page.locator(`form [name="${name}"][value="${v}"]`).check();
    } else {
      await inputs.first().fill(Array.isArray(value) ? (value[0] ?? '') : value);
    }
  }
}

export async function expectErrorSummary(page: Page, messages: string[]): Promise<void> {
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.locator('[role="alert"]')).toHaveCount(1);
  await expect(summary.locator('li a')).toHaveText(messages);
}

/** Rows stored for a reference, read straight from the server's SQLite file. */
export function storedRows(reference: string): { form: string; lang: string; answers: Record<string, unknown> }[] {
  const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
  try {
    const rows = db.prepare('SELECT form, lang, answers FROM submissions WHERE reference = ?').all(reference) as { form: string; lang: string; answers: string }[];
    return rows.map((r) => ({ form: r.form, lang: r.lang, answers: JSON.parse(r.answers) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

/** Collects Content-Security-Policy refusals and script errors on a page. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

export const needsAnswers: Answers = {
  who: 'myself',
  name: 'Ann O’Neill',
  'dateOfBirth-day': '1',
  'dateOfBirth-month': '2',
  'dateOfBirth-year': '1950',
  address: '1 High Street\nLeicester',
  postcode: 'LE1 1AA',
  areas: ['food', 'toilet'],
  needsDescription: 'Cooking is hard since my fall. <script>alert(1)</script>',
  urgent: 'no',
  contactMethod: 'phone',
  contactPhone: '07700 900123',
  contactLanguage: 'ar',
  interpreter: 'yes',
  formats: ['large-print', 'easy-read'],
};

export const needsForSomeoneElse: Answers = {
  who: 'someone-else',
  referrerName: 'علي حسن',
  referrerRelationship: 'ابن',
  referrerPhone: '07700 900456',
  agreement: 'could-not-ask',
  noAgreementReason: 'She is in hospital and too unwell.',
  name: 'فاطمة أحمد',
  'dateOfBirth-day': '30',
  'dateOfBirth-month': '12',
  'dateOfBirth-year': '1941',
  address: '2 Low Road, Leicester',
  postcode: 'le2 2bb',
  needsDescription: 'Needs help to wash and dress.',
  urgent: 'yes',
  urgentDetails: 'Comes home from hospital on Friday.',
  contactMethod: 'letter',
  contactLanguage: 'ar',
  interpreter: 'no',
};

export const carersAnswers: Answers = {
  name: 'Sam Patel',
  address: '3 Park Lane, Leicester',
  postcode: 'LE3 3CC',
  caredForName: 'Mina Patel',
  caredForRelationship: 'Mother',
  livesWithYou: 'yes',
  caredForHasSupport: 'not-sure',
  tasks: ['meals', 'medicines', 'night'],
  hours: '35-to-49',
  impacts: ['sleep', 'work'],
  impactDescription: 'I am tired all the time.',
  continueCaring: 'not-sure',
  urgent: 'no',
  contactMethod: 'email',
  contactEmail: 'sam@example.com',
  contactLanguage: 'other',
  contactLanguageOther: 'Tamil',
  interpreter: 'no',
};

const allCan = Object.fromEntries(
  ['food', 'hygiene', 'toilet', 'dressed', 'home-safety', 'home-habitable', 'relationships', 'work', 'services', 'child'].map((id) => [id, 'can']),
);
export const couldAnswers: Answers = { condition: 'yes', ...allCan, food: 'cannot', hygiene: 'hard', child: 'not-apply', wellbeing: 'yes' };

export const payAnswers: Answers = { setting: 'care-home', savings: '5,000', ownHome: 'yes', partnerStays: 'no', homeValue: '150,000', otherProperty: 'no' };
