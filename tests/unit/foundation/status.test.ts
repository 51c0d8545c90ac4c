import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lint/document.ts';
import { englishHashOf, formatStatusTables, translationStatus } from '../../../src/content/status.ts';
import { translationNotices } from '../../../src/content/translation-status.ts';
import TranslationNotice from '../../../src/components/TranslationNotice.astro';

const fm = (title: string, extra = '') => `---\ntitle: ${title}\nsummary: A summary of the page.\n${extra}---\n`;
const english = parseContentFile('content/advice/carers/en.mdx', `${fm('Carers')}You can ask for a carer’s assessment.\n`);
const hash = englishHashOf(english);
const translation = (lang: string, sourceHash: string, status = 'draft', slug = 'carers') =>
  parseContentFile(`content/advice/${slug}/${lang}.mdx`, `${fm('ترجمہ', `translation:\n  from: en\n  sourceHash: ${sourceHash}\n  status: ${status}\n${status === 'reviewed' ? '  reviewedBy: Urdu reviewers\n  reviewedOn: 2026-11-01\n' : ''}`)}متن\n`);

describe('translation status', () => {
  it('lists every page in every language, with missing ones', () => {
    const report = translationStatus([english, translation('ur', hash, 'reviewed'), translation('gu', hash)]);
    const state = (lang: string) => report.rows.find((r) => r.lang === lang)?.state;
    expect(state('ur')).toBe('up-to-date');
    expect(state('gu')).toBe('draft');
    expect(state('pl')).toBe('missing');
    expect(report.rows).toHaveLength(6);
    expect(report.broken).toEqual([]);
    expect(formatStatusTables(report)).toContain('ur: 1 up to date, 0 stale, 0 draft, 0 missing');
  });

  it('marks a translation stale when the English words change', () => {
    const changed = parseContentFile('content/advice/carers/en.mdx', `${fm('Carers')}You can ask for a carer’s assessment at any time.\n`);
    const report = translationStatus([changed, translation('ur', hash, 'reviewed')]);
    expect(report.rows.find((r) => r.lang === 'ur')?.state).toBe('stale');
  });

  it('fails only on broken records: no English page, a malformed hash', () => {
    const report = translationStatus([english, translation('ur', 'abc123'), translation('gu', hash, 'draft', 'no-such-page')]);
    expect(report.broken.map((b) => b.file)).toEqual(['content/advice/carers/ur.mdx', 'content/advice/no-such-page/gu.mdx']);
    expect(report.broken[0]?.message).toMatch(/64-character/);
    expect(report.broken[1]?.message).toMatch(/no English page/);
  });
});

describe('the notice a reader sees', () => {
  it('says in Urdu that the English changed on that date, with a link to the English', async () => {
    const container = await AstroContainer.create();
    const record = { from: 'en' as const, sourceHash: 'a'.repeat(64), status: 'reviewed' as const, reviewedBy: 'x', reviewedOn: new Date() };
    const html = await container.renderToString(TranslationNotice, {
      props: { lang: 'ur', englishHref: '/carers/', ...translationNotices(record, 'stale'), englishChangedOn: new Date('2026-11-20') },
    });
    expect(html).toContain('data-notice="stale"');
    expect(html).toContain('href="/carers/"');
    expect(html).not.toContain('data-notice="draft"');
    // The date is written for Urdu readers (month name in Urdu).
    expect(html).toMatch(/نومبر/);
  });
  it('shows nothing for an up-to-date translation', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TranslationNotice, { props: { lang: 'gu', englishHref: '/carers/', fallback: false, draft: false, stale: false } });
    expect(html).not.toContain('notice');
  });
});
