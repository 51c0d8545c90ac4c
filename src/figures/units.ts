/**
 * What a figure counts. The unit decides how a figure is written (£, %, 114th), how
 * the build reads it from the data file, and whether a column of them can be added up.
 */
export const unitIds = ['people', 'jobs', 'reviews', 'sessions', 'pounds', 'percent', 'rank', 'days', 'years', 'score', 'text'] as const;

export type Unit = (typeof unitIds)[number];

/** Units a stated total can be checked against: counts and money. Percentages and ranks are not added up. */
export const additiveUnits: readonly Unit[] = ['people', 'jobs', 'reviews', 'sessions', 'pounds'];

export function isAdditive(unit: Unit): boolean {
  return additiveUnits.includes(unit);
}
