import type { LangCode } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/t.ts';
import { localizedPath } from '../routing/paths.ts';
import type { AtoZEntry } from '../search/a-to-z.ts';
import { figuresDatasets, themesWithData } from './routes.ts';
import { figuresText } from './text.ts';

/**
 * The figures pages of one language for the search page's A to Z: the index and one
 * entry per theme. Made to be passed to registerSearchSection (src/search/entries.ts).
 */
export function figuresSearchEntries(lang: LangCode): AtoZEntry[] {
  const t = figuresText(lang);
  const index: AtoZEntry = { title: useTranslations(lang, 'figures')('ui.indexTitle'), href: localizedPath(lang, 'figures'), inEnglish: false, kind: 'figures' };
  return [
    index,
    ...themesWithData(figuresDatasets()).map((theme) => {
      const title = t.text(`theme.${theme}.title`);
      return { title: title.text, href: localizedPath(lang, `figures/${theme}`), inEnglish: title.lang !== lang, kind: 'figures' };
    }),
  ];
}
