import { describe, expect, it } from 'vitest';
import { figuresSearchEntries } from '../../../src/figures/search.ts';
import { themeIds } from '../../../src/figures/themes.ts';

describe('figures pages in the search A to Z', () => {
  it('lists the index and every theme page, in the reader\'s language', () => {
    const en = figuresSearchEntries('en');
    expect(en.map((e) => e.href)).toEqual(['/figures/', ...themeIds.map((id) => `/figures/${id}/`)]);
    expect(en.find((e) => e.href === '/figures/money/')?.title).toBe('Money spent on care and support');
    const ur = figuresSearchEntries('ur');
    expect(ur.map((e) => e.href)).toEqual(['/ur/figures/', ...themeIds.map((id) => `/ur/figures/${id}/`)]);
    expect(ur.every((e) => e.kind === 'figures' && !e.inEnglish)).toBe(true);
    expect(ur[0]?.title).not.toBe(en[0]?.title);
  });
});
