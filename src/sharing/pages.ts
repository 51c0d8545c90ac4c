import { getCollection } from 'astro:content';
import { parseEntryId, pageSlug } from '../content/advice-pages.ts';
import { langCodes } from '../i18n/languages.ts';
import { localizedPath } from '../routing/paths.ts';
import { shortLinkTable } from './short-links.ts';
import type { LangCode } from '../i18n/languages.ts';

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

/** The advice pages (plain and easy read) as a resident reading in `lang` gets them, for staff to send. */
export async function pagesToSend(lang: LangCode): Promise<{ path: string; title: string; english: string }[]> {
  const advice = await getCollection('advice');
  const byId = new Map(advice.map((e) => [e.id, e]));
  return advice
    .map((e) => ({ entry: e, id: parseEntryId(e.id) }))
    .filter(({ id }) => id.lang === 'en')
    .map(({ entry, id }) => {
      const theirs = byId.get(`${id.slug}/${lang}${id.variant === 'easy-read' ? '.easy-read' : ''}`) ?? entry;
      const easy = id.variant === 'easy-read' ? ' (easy read)' : '';
      return { path: localizedPath(lang, pageSlug(id)), title: theirs.data.title, english: `${entry.data.title}${easy}`, order: entry.data.order };
    })
    .sort((a, b) => a.order - b.order || a.english.localeCompare(b.english))
    .map(({ order: _order, ...page }) => page);
}
