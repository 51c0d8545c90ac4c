/**
 * The national capital limits for paying for care in England: the one place they live.
 * When the government changes them, change them here (and `checked`), and the check,
 * its tests' edge cases and every page that quotes them follow.
 */
export const capitalLimits = {
  country: 'England',
  /** More than this and a person pays the full cost of their care (a "self-funder"). */
  upperPounds: 23_250,
  /** This much or less is not counted at all. Between the two, some of it is counted. */
  lowerPounds: 14_250,
  /** The limits have stood at these figures since April 2010. */
  unchangedSince: 2010,
  /** The financial year the figures were last checked for. */
  checkedFor: '2025 to 2026',
  source: 'charging-regulations',
  sourceNote:
    'Care and Support (Charging and Assessment of Resources) Regulations 2014 and the Care and support statutory guidance; the £23,250 threshold is also in Leicester City Council, Adult Social Care Scrutiny Commission, 13 March 2025.',
} as const;

export type CapitalLimits = typeof capitalLimits;
