import i18next, { type TFunction } from 'i18next';
import { defaultLang, langCodes, type LangCode } from './languages.ts';
import { loadResources } from './resources.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: loadResources(),
  lng: defaultLang,
  // A missing string shows in English; the locale test fails unless that is deliberate.
  fallbackLng: defaultLang,
  supportedLngs: langCodes,
  defaultNS: 'ui',
  ns: ['ui'],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The UI string function for one language. Astro escapes output, so i18next does not. */
export function useTranslations(lang: LangCode): TFunction<'ui'> {
  return instance.getFixedT(lang, 'ui');
}

/** True when the string exists in that language itself (not through the English fallback). */
export function hasOwnString(lang: LangCode, key: string, ns = 'ui'): boolean {
  return instance.exists(key, { lng: lang, ns, fallbackLng: [] });
}
