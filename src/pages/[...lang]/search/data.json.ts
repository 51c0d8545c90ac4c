import type { APIRoute } from 'astro';
import { langCodes, type LangCode } from '../../../i18n/languages.ts';
import { searchData } from '../../../search/data.ts';

export function getStaticPaths() {
  return langCodes.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));
}

/** Loaded by the search page only when someone searches: keywords and the spelling word list. */
export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await searchData((props as { lang: LangCode }).lang)), { headers: { 'Content-Type': 'application/json' } });
