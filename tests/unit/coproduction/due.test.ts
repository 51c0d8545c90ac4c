import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lint/document.ts';
import { reviewsDue } from '../../../src/report/due.ts';

const page = (file: string, reviewDue: string) => parseContentFile(file, `---\ntitle: A page\nreviewDue: ${reviewDue}\n---\n\nWords.\n`);
const today = new Date('2026-11-25T15:30:00Z');

describe('pages due for review', () => {
  const docs = [
    page('content/advice/carers/en.mdx', '2027-05-20'),
    page('content/advice/carers/gu.mdx', '2026-12-01'),
    page('content/advice/carers/en.easy-read.mdx', '2026-12-24'),
    page('content/advice/money/en.mdx', '2026-11-01'),
    page('content/pages/privacy/en.mdx', '2026-11-25'),
    page('content/advice/money/ar.mdx', '2026-11-20'),
    page('content/advice/broken/en.mdx', 'next spring'),
  ];

  it('lists past and coming dates within 30 days, language by language, soonest first', () => {
    expect(reviewsDue(docs, today).map((d) => [d.lang, d.page, d.daysLeft])).toEqual([
      ['en', 'advice/money', -24],
      ['en', 'pages/privacy', 0],
      ['en', 'advice/carers (easy read)', 29],
      ['gu', 'advice/carers', 6],
      ['ar', 'advice/money', -5],
    ]);
  });

  it('uses each translation’s own date, and a wider window when asked', () => {
    expect(reviewsDue(docs, today, 200).some((d) => d.file === 'content/advice/carers/en.mdx')).toBe(true);
    expect(reviewsDue(docs, today, 0).map((d) => d.file)).not.toContain('content/advice/carers/gu.mdx');
  });

  it('reads dates that YAML gave as Date objects', () => {
    const doc = page('content/advice/x/en.mdx', '2026-12-01');
    doc.data.reviewDue = new Date('2026-12-01T00:00:00Z');
    expect(reviewsDue([doc], today)[0]).toMatchObject({ reviewDue: '2026-12-01', daysLeft: 6 });
  });

  it('leaves a page with no real date to the content lint', () => {
    expect(reviewsDue(docs, today, 10_000).map((d) => d.file)).not.toContain('content/advice/broken/en.mdx');
  });
});
