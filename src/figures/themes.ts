/**
 * The figures pages, in the order the index lists them. Each data file names one of
 * these; its title and introduction are `theme.<id>.title` and `theme.<id>.intro` in
 * locales/<code>/figures.json. A new year of figures reuses these pages.
 */
export const themeIds = [
  'population',
  'requests',
  'long-term-support',
  'short-term-support',
  'money',
  'waiting',
  'surveys',
  'workforce',
  'cqc-assessment',
] as const;

export type ThemeId = (typeof themeIds)[number];
