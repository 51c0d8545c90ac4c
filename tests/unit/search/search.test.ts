import { describe, expect, it } from 'vitest';
import { aToZ, firstLetter } from '../../../src/search/a-to-z.ts';
import { correctQuery, editDistance, queryWords } from '../../../src/search/correct.ts';
import { buildVocabulary } from '../../../src/search/vocabulary.ts';

describe('spelling help', () => {
  const vocabulary = new Set(buildVocabulary(['Support for unpaid carers', 'Paying for care', 'Occupational therapy and equipment', 'ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', 'opiekun opieka']));
  it('measures edits, with a swap of two letters counting once', () => {
    expect(editDistance('carers', 'carers')).toBe(0);
    expect(editDistance('carres', 'carers')).toBe(1);
    expect(editDistance('equipmnet', 'equipment')).toBe(1);
    expect(editDistance('abc', 'xyz123456', 2)).toBe(3);
  });
  it('corrects a misspelt word to the nearest word the site uses', () => {
    expect(correctQuery('carres', vocabulary)).toBe('carers');
    expect(correctQuery('payng for care', vocabulary)).toBe('paying for care');
    expect(correctQuery('ocupational therapy', vocabulary)).toBe('occupational therapy');
  });
  it('leaves correct queries, short words and far-off words alone', () => {
    expect(correctQuery('paying for care', vocabulary)).toBeNull();
    expect(correctQuery('cat', vocabulary)).toBeNull();
    expect(correctQuery('zebra crossing', vocabulary)).toBeNull();
  });
  it('works in scripts with combining marks', () => {
    expect(queryWords('ਦੇਖਭਾਲ ਲਈ')).toEqual(['ਦੇਖਭਾਲ', 'ਲਈ']);
    expect(correctQuery('ਦੇਖਭਾਲl', vocabulary)).toBe('ਦੇਖਭਾਲ');
    expect(correctQuery('opiekunn', vocabulary)).toBe('opiekun');
  });
});

describe('A to Z', () => {
  it('groups by first letter in the language’s own order, English fallbacks last', () => {
    const groups = aToZ([
      { title: 'paying for care', href: '/b/', kind: 'advice' },
      { title: 'Advocacy', href: '/a/', kind: 'advice' },
      { title: 'Pomoc', href: '/p/', kind: 'advice', inEnglish: false },
      { title: 'Carers', href: '/c/', kind: 'advice', inEnglish: true },
    ], 'pl-GB');
    expect(groups.map((g) => g.letter)).toEqual(['A', 'P', 'C']);
    expect(groups[1]?.entries.map((e) => e.href)).toEqual(['/b/', '/p/']);
  });
  it('files a letter with a vowel sign under the bare letter', () => {
    expect(firstLetter('કેર', 'gu')).toBe('ક');
    expect(firstLetter('ਦੇਖਭਾਲ', 'pa')).toBe('ਦ');
    expect(firstLetter('مدد', 'ur')).toBe('م');
    expect(firstLetter('étude', 'en')).toBe('E');
  });
});
