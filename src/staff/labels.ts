import { getLanguage, isLangCode } from '../i18n/languages.ts';
import { formsTranslator } from '../forms/i18n.ts';

/** Staff-side words for stored codes: a form's English title, a language's English name, a date. */
export const formLabel = (form: string): string => {
  const title = formsTranslator('en')(`progress.form.${form}`);
  return title.startsWith('progress.') ? form : title;
};

export const languageName = (code: string): string => (isLangCode(code) ? getLanguage(code).englishName : code);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
export const shortDate = (iso: string): string => dateFormat.format(new Date(iso));
export const dateTime = (iso: string): string => timeFormat.format(new Date(iso));
