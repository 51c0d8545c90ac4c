import { defaultLang, isLangCode, langCodes, type LangCode } from '../i18n/languages.ts';
import type { FormDefinition, FormKind } from './engine/types.ts';
import { formsOfKind, getForm } from './registry.ts';

/**
 * The language and form a form URL names, or null for a 404. English has no prefix, so
 * `/en/ask/…` is not a page, and a rest parameter that is not one language code is not either.
 */
export function resolveLangParam(param: string | undefined): LangCode | null {
  const lang = param === undefined ? defaultLang : param;
  return isLangCode(lang) && param !== defaultLang ? lang : null;
}

export function resolveFormRoute(params: { lang?: string | undefined; form?: string | undefined }, kind: FormKind): { lang: LangCode; def: FormDefinition } | null {
  const lang = resolveLangParam(params.lang);
  if (!lang) return null;
  const def = getForm(kind, params.form);
  return def ? { lang, def } : null;
}

/** Every form page of one kind in every language, for the static build. */
export function formStaticPaths(kind: FormKind) {
  return langCodes.flatMap((lang) =>
    formsOfKind(kind).map((def) => ({
      params: { lang: lang === defaultLang ? undefined : lang, form: def.id },
      props: { lang, formId: def.id },
    })),
  );
}
