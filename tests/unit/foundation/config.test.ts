import { describe, expect, it } from 'vitest';
import { contacts, parseContacts } from '../../../src/config/contacts.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { fontFaceCss, fontsourceRange } from '../../../src/fonts/font-files.ts';
import { formatDate, formatNumber, formatPounds } from '../../../src/i18n/format.ts';
import { adviceSchema } from '../../../src/content/schema.ts';

describe('contacts config', () => {
  it('loads the real file, with team contacts only', () => {
    expect(contacts.length).toBeGreaterThan(3);
    expect(contacts.map((c) => c.id)).toContain('adult-social-care');
  });
  it('refuses a contact with no way to reach it, a bad phone number or a duplicate id', () => {
    expect(() => parseContacts('- {id: a, name: Team, confirmed: true, source: seeds}')).toThrow(/phone, email or website/);
    expect(() => parseContacts('- {id: a, name: Team, phone: "12", confirmed: true, source: seeds}')).toThrow(/UK number/);
    expect(() => parseContacts('- {id: a, name: Team, phone: "999", confirmed: true, source: x}\n- {id: a, name: Team, phone: "999", confirmed: true, source: x}')).toThrow(/used twice/);
  });
  it('refuses what looks like a named person’s own email', () => {
    expect(() => parseContacts('- {id: a, name: Team, email: jo.bloggs@leicester.gov.uk, confirmed: true, source: x}')).toThrow(/team address/);
  });
});

describe('languages', () => {
  it('has English and the six community languages, Urdu and Arabic right to left', () => {
    expect(languages.map((l) => l.code)).toEqual(['en', 'gu', 'pa', 'ur', 'pl', 'so', 'ar']);
    expect(languages.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ur', 'ar']);
  });
  it('agrees with Intl on direction', () => {
    for (const l of languages) {
      const info = new Intl.Locale(l.code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
      const dir = info.getTextInfo?.().direction ?? info.textInfo?.direction;
      if (dir) expect(dir).toBe(l.dir);
    }
  });
});

describe('fonts', () => {
  const font = { package: 'noto-sans-gurmukhi', family: 'Noto Sans Gurmukhi', subset: 'gurmukhi', lineHeight: 1.7, weights: [400, 700], keyboard: 'U+0A01-0A76' };
  const css = `/* noto-sans-gurmukhi-latin-400-normal */\n@font-face {\n unicode-range: U+0000-00FF;\n}\n/* noto-sans-gurmukhi-gurmukhi-400-normal */\n@font-face {\n  font-family: 'x';\n  unicode-range: U+0A01-0A76,U+25CC;\n}`;
  it('reads the script subset’s range from fontsource’s CSS, not the Latin one', () => {
    expect(fontsourceRange(font, css, 400)).toBe('U+0A01-0A76,U+25CC');
    expect(() => fontsourceRange(font, css, 700)).toThrow(/No gurmukhi subset at weight 700/);
  });
  it('writes one rule per weight, served from this site, for exactly the range given', () => {
    const rules = fontFaceCss(font, 'U+0A05-0A0A,U+25CC').split('\n');
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(/url\(\/fonts\/noto-sans-gurmukhi-gurmukhi-400\.[0-9a-f]{10}\.woff2\)/);
    expect(rules[1]).toContain('font-weight:700');
    for (const rule of rules) expect(rule).toContain('unicode-range:U+0A05-0A0A,U+25CC}');
  });
});

describe('formatting', () => {
  it('uses the digits each community expects and keeps pounds', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('ar', 25)).toBe('25');
    expect(formatNumber('ur', 25)).toBe('25');
    expect(formatPounds('pl', 23250)).toMatch(/23\s?250,00\s?£/);
    expect(formatPounds('gu', 23250)).toContain('£');
    expect(formatDate('en', new Date('2027-05-20'))).toBe('20 May 2027');
  });
});

describe('advice frontmatter schema', () => {
  const good = { title: 'Carers', summary: 'Help for unpaid carers.', topic: 'carers', lastReviewed: '2026-11-20', reviewDue: '2027-05-20', sources: [{ doc: 'local-account-2024', section: 'Carers' }], contacts: ['adult-social-care'], variant: 'plain' };
  it('accepts a good page and fills defaults', () => {
    const parsed = adviceSchema.parse(good);
    expect(parsed.keywords).toEqual([]);
    expect(parsed.reviewDue).toBeInstanceOf(Date);
  });
  it('names what is wrong', () => {
    const result = adviceSchema.safeParse({ ...good, contacts: ['nobody'], sources: [{ doc: 'blog', section: 'x' }] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['contacts.0', 'sources.0.doc']));
  });
  it('needs a reviewer and date on a reviewed translation, and a real hash', () => {
    expect(adviceSchema.safeParse({ ...good, translation: { from: 'en', sourceHash: 'a'.repeat(64), status: 'reviewed' } }).success).toBe(false);
    expect(adviceSchema.safeParse({ ...good, translation: { from: 'en', sourceHash: 'abc', status: 'draft' } }).success).toBe(false);
    expect(adviceSchema.safeParse({ ...good, translation: { from: 'en', sourceHash: 'a'.repeat(64), status: 'draft' } }).success).toBe(true);
  });
});
