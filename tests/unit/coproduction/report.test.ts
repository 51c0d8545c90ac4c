import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lint/run.ts';
import { collectReport, reportFails } from '../../../src/report/collect.ts';
import { renderReport, shortPageList } from '../../../src/report/markdown.ts';
import { plainMessage } from '../../../src/report/plain-words.ts';

// The pull request report for pages with known problems (tests/fixtures/coproduction/report).
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/coproduction/report');
const today = new Date('2026-11-25T09:00:00Z');
const reportFor = (name: string, options: { linkBase?: string; changedFiles?: string[] } = {}) => {
  const input = collectReport(loadContent(path.join(fixtures, name, 'content')), { today, withGlossary: false, ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}) });
  return { input, markdown: renderReport(input, options.linkBase ? { linkBase: options.linkBase } : {}) };
};

describe('content report for a page with known problems', () => {
  const { input, markdown } = reportFor('problems');
  const en = 'content/advice/help-at-home/en.mdx';

  it('fails, and says how many things there are to fix', () => {
    expect(reportFails(input)).toBe(true);
    const errors = input.problems.filter((p) => p.severity === 'error').length + input.status.broken.length;
    expect(markdown).toContain(`❌ **${errors} things to fix**`);
  });

  it('says what is wrong, on which line, and how to fix it', () => {
    expect(markdown).toContain(`**\`${en}\`**`);
    expect(markdown).toContain('- Line 15: "service users" is a word we do not use for people.\n  How to fix: Say "people", "you" or "people who draw on support".');
    expect(markdown).toMatch(/- Line 17: A sentence has \d+ words \("An OT can visit you at home and…"\)\. The most is 25\.\n  How to fix: Split it/);
    expect(markdown).toContain('- Line 17: "OT" is used before it is spelt out on this page.');
    expect(markdown).toContain('- Line 19: The link "/paying-for-cares/" does not lead to a page.');
    expect(markdown).toContain('- Line 7: The review date 2026-09-01 has passed.');
  });

  it('shows tags as text, not as HTML that GitHub would hide', () => {
    expect(markdown).toContain('How to fix: End the page with &lt;WhatNext&gt; … &lt;/WhatNext&gt; giving the next steps.');
    expect(markdown).not.toMatch(/<WhatNext>/);
  });

  it('puts schema messages in everyday words', () => {
    expect(markdown).toContain('`content/advice/help-at-home/pl.mdx`');
    expect(markdown).toContain('### Translation records to fix');
    expect(markdown).toMatch(/pl\.mdx`: sourceHash "not-a-fingerprint" is not a 64-character fingerprint/);
    expect(markdown).not.toMatch(/Too small|expected string|received undefined/);
  });

  it('has no stack traces or internal errors', () => {
    expect(markdown).not.toMatch(/^\s+at /m);
    expect(markdown).not.toMatch(/Error:|undefined|\[object Object\]|NaN/);
  });

  it('sums up the translations language by language, with the fingerprint for a stale one', () => {
    expect(markdown).toContain('| Gujarati (ગુજરાતી) | 0 | 0 | 1 | 1 |');
    expect(markdown).toContain('| Polish (Polski) | 0 | 0 | 1 | 1 |');
    expect(markdown).toContain('| Arabic (العربية) | 0 | 0 | 0 | 2 |');
    const hash = input.status.english.find((e) => e.page === 'advice/help-at-home')?.hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(markdown).toContain(`- Gujarati (ગુજરાતી): advice/help-at-home, \`content/advice/help-at-home/gu.mdx\`. Fingerprint: \`${hash}\``);
    expect(markdown).toContain('- Somali (Soomaali): all 2 pages.');
  });

  it('lists pages past their review date and due in the next 30 days', () => {
    expect(markdown).toContain('1 page past the review date, 1 page due in the next 30 days.');
    expect(markdown).toContain('- English: advice/help-at-home, was due 2026-09-01. `content/advice/help-at-home/en.mdx`');
    expect(markdown).toContain('- English: advice/help-at-home (easy read), due 2026-12-10, in 15 days.');
  });

  it('links each place to the change when given a link base', () => {
    const linked = reportFor('problems', { linkBase: 'https://example.org/blob/abc/' }).markdown;
    expect(linked).toContain(`[Line 15](https://example.org/blob/abc/${en}#L15)`);
  });

  it('gives the reading level of the pages a change touches', () => {
    const withChanges = reportFor('problems', { changedFiles: [en] }).markdown;
    expect(withChanges).toContain('### Reading level of the pages you changed');
    expect(withChanges).toMatch(new RegExp(`- \`${en}\`: Reading grade`));
    expect(markdown).not.toContain('### Reading level');
  });
});

describe('content report for pages with no problems', () => {
  const { input, markdown } = reportFor('clean');
  it('passes and says so', () => {
    expect(reportFails(input)).toBe(false);
    expect(markdown).toContain('✅ **No problems found.**');
    expect(markdown).not.toContain('### What to fix');
    expect(markdown).toContain('No page is due for review in the next 30 days.');
  });
});

describe('plain words', () => {
  const problem = (message: string, rule = 'frontmatter') => ({ file: 'f', line: 1, rule, severity: 'error' as const, message, fix: 'x' });
  it('rewrites the schema library’s wording', () => {
    expect(plainMessage(problem('The field "title" is not right: Too small: expected string to have >=3 characters.')).message).toBe('The field "title" is not right: it is too short or empty. Write at least 3 letters.');
    expect(plainMessage(problem('The field "topic" is not right: Invalid option: expected one of "carers"|"money".')).message).toBe('The field "topic" is not right: it must be one of these: carers, money.');
    expect(plainMessage(problem('The field "contacts" is not right: Invalid input: expected array, received undefined.')).message).toBe('The field "contacts" is not right: it is missing.');
  });
  it('explains a TODO left in the words', () => {
    expect(plainMessage(problem('"TODO" is used before it is spelt out on this page.', 'abbreviation'))).toMatchObject({ message: 'This line still says TODO.' });
  });
  it('leaves other messages alone', () => {
    const p = problem('"OT" is used before it is spelt out on this page.', 'abbreviation');
    expect(plainMessage(p)).toBe(p);
  });
});

describe('short page names', () => {
  it('names both versions once, and says which when only one', () => {
    expect(shortPageList(['advice/carers', 'advice/carers (easy read)', 'advice/money (easy read)', 'pages/privacy', 'glossary/jargon-buster'])).toEqual(['carers', 'money (easy read)', 'privacy (help page)', 'jargon buster']);
  });
});
