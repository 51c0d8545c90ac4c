import { defaultLang, type LangCode } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/t.ts';

/**
 * Whether a language's figures words have been checked by a community reviewer:
 * `translation.status` in its figures.json, "reviewed" once they have. Until then the
 * pages say the translation is a draft. The figures themselves are never translated.
 */
export function figuresTranslationIsDraft(lang: LangCode): boolean {
  return lang !== defaultLang && useTranslations(lang, 'figures')('translation.status') !== 'reviewed';
}
