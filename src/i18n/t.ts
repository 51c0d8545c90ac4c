import i18next, { type Namespace, type TFunction } from 'i18next';
import { defaultLang, langCodes, type LangCode } from './languages.ts';
import { loadResources } from './resources.ts';

const resources = loadResources();
/** Every namespace any language has a file for (ui, forms, figures…). */
const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLang,
  // A missing string shows in English; the locale test fails unless that is deliberate.
  fallbackLng: defaultLang,
  supportedLngs: langCodes,
  defaultNS: 'ui',
  ns: namespaces,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The UI string function for one language. Astro escapes output, so i18next does not. */
export function useTranslations<N extends Namespace = 'ui'>(lang: LangCode, ns?: N): TFunction<N> {
  return instance.getFixedT(lang, ns ?? 'ui') as TFunction<N>;
}
