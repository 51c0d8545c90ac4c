import { describe, expect, it } from 'vitest';
import { fileChangedOn, lastCommitDates, uncommittedPaths } from '../../../src/content/changed-on.ts';

describe('when content last changed', () => {
  it('takes each file’s newest commit from one git log', () => {
    const log = '\0' + '2026-11-20T10:00:00+00:00\n\ncontent/advice/carers/en.mdx\ncontent/contacts.yaml\n' +
      '\0' + '2026-10-01T09:00:00+01:00\n\ncontent/advice/carers/en.mdx\ncontent/advice/advocacy/en.mdx\n';
    const dates = lastCommitDates(log);
    expect(dates.get('content/advice/carers/en.mdx')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('content/advice/advocacy/en.mdx')?.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(dates.size).toBe(3);
  });
  it('reads changed, new and renamed files from git status', () => {
    const status = ' M content/advice/carers/en.mdx\0?? content/advice/new/en.mdx\0R  content/advice/b/en.mdx\0content/advice/a/en.mdx\0';
    expect([...uncommittedPaths(status)].sort()).toEqual(['content/advice/a/en.mdx', 'content/advice/b/en.mdx', 'content/advice/carers/en.mdx', 'content/advice/new/en.mdx']);
    expect(uncommittedPaths('').size).toBe(0);
  });
  it('gives a real date for a real content file', () => {
    const date = fileChangedOn('content/advice/carers/en.mdx');
    expect(Number.isNaN(date.getTime())).toBe(false);
    expect(date.getTime()).toBeLessThanOrEqual(Date.now());
    expect(date.getFullYear()).toBeGreaterThanOrEqual(2026);
  });
});
