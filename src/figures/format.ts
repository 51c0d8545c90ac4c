import { formatNumber, formatPounds } from '../i18n/format.ts';
import type { LangCode } from '../i18n/languages.ts';
import type { NumericFigure } from './figure.ts';
import type { FiguresText, LocalText } from './text.ts';
import type { Unit } from './units.ts';

/**
 * A figure written for a language: its digits, separators and symbols change, its
 * value and decimal places never do. In English this gives back exactly what the
 * source printed ("£15,944,000", "61.21%", "114th"); the tests hold it to that.
 */
export function formatFigure(lang: LangCode, figure: NumericFigure, unit: Unit, t: FiguresText): LocalText {
  const digits = { minimumFractionDigits: figure.decimals, maximumFractionDigits: figure.decimals };
  switch (unit) {
    case 'percent':
      // Divide the plain digits' value by 100 and keep the source's decimals: 87.1 -> 87.1%.
      return { text: formatNumber(lang, figure.value / 100, { style: 'percent', ...digits }), lang };
    case 'pounds':
      // The narrow £ everywhere: Polish would otherwise say "GBP", and Arabic's "UK£" turns
      // into "£UK" when laid out right to left.
      return { text: formatPounds(lang, figure.value, { currencyDisplay: 'narrowSymbol', ...digits }).replace('UK£', '£'), lang };
    case 'rank':
      // Ordinal words differ by language (114th, 114., 114મું): figures.json says how.
      return t.text('ui.rank', { count: figure.value, ordinal: true, rank: formatNumber(lang, figure.value) });
    default:
      return { text: formatNumber(lang, figure.value, digits), lang };
  }
}
