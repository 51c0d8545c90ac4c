import { getLanguage, type LangCode } from './languages.ts';

/** The language as spoken in the UK: British date order and conventions where CLDR has them. */
export const intlLocale = (lang: LangCode) => `${lang}-GB`;

/** Dates in the reader's language and digits, always on UK time. */
export function formatDate(lang: LangCode, date: Date): string {
  const { numberingSystem } = getLanguage(lang);
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'Europe/London', numberingSystem }).format(date);
}

/** Numbers in the reader's language and digits. The value itself never changes. */
export function formatNumber(lang: LangCode, value: number, options: Intl.NumberFormatOptions = {}): string {
  const { numberingSystem } = getLanguage(lang);
  return new Intl.NumberFormat(intlLocale(lang), { numberingSystem, ...options }).format(value);
}

/** Money stays in pounds whatever the language. */
export function formatPounds(lang: LangCode, value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatNumber(lang, value, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', ...options });
}

/** A date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
