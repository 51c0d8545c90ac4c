import { getCollection } from 'astro:content';
import { parseEntryId, pageSlug } from '../content/advice-pages.ts';
import { langCodes } from '../i18n/languages.ts';
import { localizedPath } from '../routing/paths.ts';
import { shortLinkTable } from './short-links.ts';

/** Every page a short link can open: each language's home, advice and easy read pages, and help pages. */
export async function sharablePaths(): Promise<string[]> {
  const [advice, help] = await Promise.all([getCollection('advice'), getCollection('pages')]);
  const english = [...advice, ...help].map((e) => parseEntryId(e.id)).filter((p) => p.lang === 'en');
  return langCodes.flatMap((lang) => [localizedPath(lang), ...english.map((p) => localizedPath(lang, pageSlug(p)))]);
}

let table: Promise<Map<string, string>> | undefined;
/** Code to page, worked out once per server. */
export function shortLinks(): Promise<Map<string, string>> {
  table ??= sharablePaths().then(shortLinkTable);
  return table;
}
