import type { Unit } from './units.ts';

/**
 * One figure, kept exactly as the source prints it (`printed`) alongside what the
 * build needs: its value, how many decimal places the source gave, and the plain
 * digits a spreadsheet wants (`15944000`, `61.21`). Decimal places are kept so that
 * 87.1% is never shown as 87.10% or 87%.
 */
export interface NumericFigure {
  kind: 'number';
  printed: string;
  value: number;
  decimals: number;
  plain: string;
}

/** A figure that is words, such as a rating: `printed` is a key into figures.json (`text.<key>`). */
export interface TextFigure {
  kind: 'text';
  printed: string;
}

export type Figure = NumericFigure | TextFigure;

// Digits with optional thousands commas ("2,437" or "6505") and optional decimals.
const amount = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;

const patterns: Record<Exclude<Unit, 'text'>, RegExp> = {
  people: new RegExp(`^${amount}$`),
  jobs: new RegExp(`^${amount}$`),
  reviews: new RegExp(`^${amount}$`),
  sessions: new RegExp(`^${amount}$`),
  days: new RegExp(`^${amount}$`),
  years: new RegExp(`^${amount}$`),
  score: new RegExp(`^${amount}$`),
  percent: new RegExp(`^${amount}%$`),
  pounds: new RegExp(`^£${amount}$`),
  rank: /^(\d+)(st|nd|rd|th)$/,
};

const examples: Record<Unit, string> = {
  people: '"1,947"', jobs: '"15,000"', reviews: '"1,503"', sessions: '"28"', days: '"135"', years: '"42"',
  score: '"2"', percent: '"90%" or "61.21%"', pounds: '"£15,944,000"', rank: '"114th"', text: 'a key such as requires-improvement',
};

/** How a figure of this unit is written in a data file, for error messages. */
export function exampleFor(unit: Unit): string {
  return examples[unit];
}

/** The English ordinal suffix the source uses: 1st, 2nd, 3rd, 11th, 114th. */
export function englishOrdinalSuffix(n: number): string {
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return ({ one: 'st', two: 'nd', few: 'rd' } as Record<string, string>)[rule] ?? 'th';
}

/**
 * Reads a figure written as the source prints it. Returns null when the text is not
 * a figure of that unit, so the schema can say which cell is wrong.
 */
export function parseFigure(written: string | number, unit: Unit): Figure | null {
  const printed = typeof written === 'number' ? String(written) : written.trim();
  if (unit === 'text') {
    return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(printed) ? { kind: 'text', printed } : null;
  }
  const match = patterns[unit].exec(printed);
  if (!match) return null;
  if (unit === 'rank') {
    const n = Number(match[1]);
    if (n < 1 || englishOrdinalSuffix(n) !== match[2]) return null;
    return { kind: 'number', printed, value: n, decimals: 0, plain: String(n) };
  }
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  const plain = fraction ? `${whole}.${fraction}` : whole;
  return { kind: 'number', printed, value: Number(plain), decimals: fraction.length, plain };
}

/** The figure as a whole number of its smallest printed unit, so sums are exact. */
export function scaled(figure: NumericFigure, decimals: number): bigint {
  const [whole = '0', fraction = ''] = figure.plain.split('.');
  return BigInt(whole + fraction.padEnd(decimals, '0'));
}
