import type { APIRoute } from 'astro';
import { langCodes, type LangCode } from '../../../i18n/languages.ts';
import { searchEntries } from '../../../search/entries.ts';
import { buildVocabulary } from '../../../search/vocabulary.ts';
import { loadGlossary } from '../../../glossary/load.ts';

export function getStaticPaths() {
  return langCodes.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));
}

/** The words this language's pages are known by, for spelling help in search. */
export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: LangCode }).lang;
  const entries = (await searchEntries(lang)).filter((e) => !e.inEnglish);
  const glossary = loadGlossary(lang)?.terms ?? [];
  const texts = [
    ...entries.flatMap((e) => [e.title, e.summary, ...e.keywords]),
    ...glossary.flatMap((t) => [t.term, ...t.also, ...t.synonyms]),
  ];
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
