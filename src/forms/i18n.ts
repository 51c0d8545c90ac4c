import { useTranslations } from '../i18n/t.ts';
import { loadResources } from '../i18n/resources.ts';
import type { LangCode } from '../i18n/languages.ts';
import type { Translate } from './engine/summary.ts';

/**
 * The forms' words in one language. Keys are built from definitions ("needs.name.label"),
 * so this takes any string; a missing key falls back to English like the rest of the site.
 */
export function formsTranslator(lang: LangCode): Translate {
  const t = useTranslations(lang, 'forms') as unknown as (key: string, params?: Record<string, unknown>) => string;
  return (key, params) => t(key, params ?? {});
}

const resources = loadResources();

/**
 * The strings a form's page script needs (its labels, hints and error messages, in this
 * language with English filling any gap), so the browser can check answers and write a
 * summary without asking the server.
 */
export function clientStrings(lang: LangCode, prefixes: readonly string[]): Record<string, string> {
  const english = resources.en.forms ?? {};
  const own = resources[lang].forms ?? {};
  const wanted = (key: string) => key.startsWith('common.') || prefixes.some((p) => key.startsWith(p));
  const out: Record<string, string> = {};
  for (const key of Object.keys(english)) {
    if (wanted(key)) out[key] = own[key] ?? english[key] ?? key;
  }
  return out;
}
