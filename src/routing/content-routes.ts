import { langCodes, type LangCode } from '../i18n/languages.ts';
import { resolvePages, pageSlug, type ResolvedPage } from '../content/advice-pages.ts';

/** Every page the catch-all route builds, with what it needs to render. */
export type ContentRoute =
  | { kind: 'home'; lang: LangCode }
  | { kind: 'advice'; lang: LangCode; page: ResolvedPage<'advice'> }
  | { kind: 'help'; lang: LangCode; page: ResolvedPage<'pages'> }
  | { kind: 'glossary'; lang: LangCode };

/** `gu/carers/easy-read`, or undefined for the English home page. */
export function routeParam(lang: LangCode, slug: string): string | undefined {
  const parts = [lang === 'en' ? '' : lang, slug].filter(Boolean);
  return parts.length ? parts.join('/') : undefined;
}

export async function buildContentRoutes() {
  const [advice, help] = await Promise.all([resolvePages('advice'), resolvePages('pages')]);
  const routes: { params: { path: string | undefined }; props: ContentRoute }[] = [];
  for (const lang of langCodes) {
    routes.push({ params: { path: routeParam(lang, '') }, props: { kind: 'home', lang } });
    routes.push({ params: { path: routeParam(lang, 'jargon-buster') }, props: { kind: 'glossary', lang } });
  }
  for (const page of advice) routes.push({ params: { path: routeParam(page.lang, pageSlug(page)) }, props: { kind: 'advice', lang: page.lang, page } });
  for (const page of help) routes.push({ params: { path: routeParam(page.lang, page.slug) }, props: { kind: 'help', lang: page.lang, page } });
  return routes;
}
