import { resolvePages, pageSlug } from '../content/advice-pages.ts';
import type { LangCode } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/t.ts';
import { localizedPath } from '../routing/paths.ts';
import type { AtoZEntry } from './a-to-z.ts';
import { figuresSearchEntries } from '../figures/search.ts';

/** Other sections add their pages here (figures, forms) so the A to Z lists every page. */
export type SectionEntries = (lang: LangCode) => Promise<AtoZEntry[]> | AtoZEntry[];
const sections: SectionEntries[] = [figuresSearchEntries];
export function registerSearchSection(fn: SectionEntries): void {
  sections.push(fn);
}

/** Every page in one language, for the A to Z and the search word list. */
export async function searchEntries(lang: LangCode): Promise<(AtoZEntry & { summary: string; keywords: string[]; body: string })[]> {
  const t = useTranslations(lang);
  const [advice, help] = await Promise.all([resolvePages('advice'), resolvePages('pages')]);
  const entries = [...advice, ...help]
    .filter((p) => p.lang === lang)
    .map((p) => ({
      title: p.variant === 'easy-read' ? `${p.entry.data.title} (${t('page.easyReadBadge')})` : p.entry.data.title,
      href: localizedPath(lang, pageSlug(p)),
      inEnglish: p.state === 'missing',
      kind: p.collection === 'pages' ? 'help' : p.variant === 'easy-read' ? 'easy-read' : 'advice',
      summary: p.entry.data.summary,
      keywords: p.entry.data.keywords,
      body: (p.entry.body ?? '').replace(/<[^>]+>/g, ' '),
    }));
  entries.push({ title: t('glossary.title'), href: localizedPath(lang, 'jargon-buster'), inEnglish: false, kind: 'glossary', summary: t('glossary.intro'), keywords: [], body: '' });
  for (const section of sections) {
    for (const e of await section(lang)) entries.push({ ...e, inEnglish: e.inEnglish ?? false, summary: '', keywords: [], body: '' });
  }
  return entries;
}
