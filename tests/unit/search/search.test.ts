import { describe, expect, it } from 'vitest';
import { aToZ, firstLetter } from '../../../src/search/a-to-z.ts';
import { correctQuery, editDistance, queryWords } from '../../../src/search/correct.ts';
import { buildVocabulary } from '../../../src/search/vocabulary.ts';

describe('spelling help', () => {
  const vocabulary = buildVocabulary(['Support for unpaid carers', 'Paying for care', 'Occupational therapy and equipment', 'ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', 'opiekun opieka', 'carers and cares', 'carers']);
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
  it('prefers the commoner of two equally close words', () => {
    expect(buildVocabulary(['cares', 'carers', 'carers'])[0]).toBe('carers');
    expect(correctQuery('carres', vocabulary)).toBe('carers');
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

describe('people’s own words', async () => {
  const { keywordMatches } = await import('../../../src/search/keywords.ts');
  const pages = [
    { url: '/waiting/', title: 'Waiting for an assessment', summary: '', kind: 'advice', keywords: ['OT waiting list'] },
    { url: '/equipment/', title: 'Equipment and adaptations', summary: '', kind: 'advice', keywords: ['OT', 'occupational therapist'] },
    { url: '/paying/easy-read/', title: 'Paying for care', summary: '', kind: 'easy-read', keywords: ['money for care'] },
    { url: '/paying/', title: 'Paying for care', summary: '', kind: 'advice', keywords: ['money for care', 'will I have to pay'] },
    { url: '/pa/paying/', title: 'ਦੇਖਭਾਲ ਲਈ ਭੁਗਤਾਨ', summary: '', kind: 'advice', keywords: ['ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', 'dekhbhal lai paise'] },
  ];
  it('puts an exact keyword first, before a keyword that only contains the words', () => {
    expect(keywordMatches('OT', pages).map((p) => p.url)).toEqual(['/equipment/', '/waiting/']);
  });
  it('prefers the plain page to its easy read twin, and ignores case and punctuation', () => {
    expect(keywordMatches('Money for care?', pages).map((p) => p.url)).toEqual(['/paying/', '/paying/easy-read/']);
    expect(keywordMatches('will i have to pay', pages)[0]?.url).toBe('/paying/');
  });
  it('matches other scripts and romanised spellings', () => {
    expect(keywordMatches('ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ', pages)[0]?.url).toBe('/pa/paying/');
    expect(keywordMatches('dekhbhal lai paise', pages)[0]?.url).toBe('/pa/paying/');
  });
  it('finds nothing for words no keyword has', () => {
    expect(keywordMatches('zebra', pages)).toEqual([]);
    expect(keywordMatches('  ', pages)).toEqual([]);
  });
});

describe('title matches', async () => {
  const { keywordMatches } = await import('../../../src/search/keywords.ts');
  it('rank a word in the title above the same word inside another page’s keyword', () => {
    const pages = [
      { url: '/moving/', title: 'Moving to adult services', summary: '', kind: 'advice', keywords: ['young carers'] },
      { url: '/carers/', title: 'Support for unpaid carers', summary: '', kind: 'advice', keywords: ['carer'] },
    ];
    expect(keywordMatches('carers', pages).map((p) => p.url)).toEqual(['/carers/', '/moving/']);
  });
});

describe('words with endings', async () => {
  const { keywordMatches } = await import('../../../src/search/keywords.ts');
  it('match a keyword word that starts with what was typed, below whole-word matches', () => {
    const pages = [
      { url: '/gu/care-technology/', title: 'કેર ટેકનોલોજી', summary: '', kind: 'advice', keywords: ['સાધન'] },
      { url: '/gu/equipment/', title: 'સાધનો અને ફેરફાર', summary: '', kind: 'advice', keywords: ['સાધનો'] },
      { url: '/pl/carers/', title: 'Opiekunowie', summary: '', kind: 'advice', keywords: ['opiekuna'] },
    ];
    expect(keywordMatches('સાધન', pages).map((p) => p.url)).toEqual(['/gu/care-technology/', '/gu/equipment/']);
    expect(keywordMatches('opiekun', pages).map((p) => p.url)).toEqual(['/pl/carers/']);
    expect(keywordMatches('op', pages)).toEqual([]);
  });
});
