import { defaultLang, isLangCode, type LangCode } from '../i18n/languages.ts';

/**
 * The URL of a page in one language. English lives at the root, other languages under
 * their code, with the same slug everywhere: ('gu', 'carers/easy-read') -> '/gu/carers/easy-read/'.
 */
export function localizedPath(lang: LangCode, slug = ''): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  const parts = [lang === defaultLang ? '' : lang, clean].filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** Splits a URL path into its language and the slug shared by every language. */
export function splitLangFromPath(pathname: string): { lang: LangCode; slug: string } {
  const parts = pathname.split('/').filter(Boolean);
  const first = parts[0];
  if (first !== defaultLang && isLangCode(first)) {
    return { lang: first, slug: parts.slice(1).join('/') };
  }
  return { lang: defaultLang, slug: parts.join('/') };
}

/** The same page in another language: what the language switcher links to. */
export function switchLanguagePath(pathname: string, to: LangCode): string {
  return localizedPath(to, splitLangFromPath(pathname).slug);
}
