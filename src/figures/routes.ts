import { defaultLang, langCodes, type LangCode } from '../i18n/languages.ts';
import { loadResources } from '../i18n/resources.ts';
import { missingEnglishKeys } from './keys.ts';
import { loadDatasets } from './load.ts';
import type { Dataset } from './schema.ts';
import { themeIds, type ThemeId } from './themes.ts';

/** Every data file, checked (schema, totals, and words in English). A problem stops the build. */
export function figuresDatasets(): Dataset[] {
  const datasets = loadDatasets();
  const problems = missingEnglishKeys(datasets, loadResources().en.figures ?? {});
  if (problems.length) throw new Error(`Figures words are missing:\n${problems.join('\n')}`);
  return datasets;
}

/** One page's tables, in their order. */
export function datasetsForTheme(datasets: Dataset[], theme: ThemeId): Dataset[] {
  return datasets.filter((d) => d.theme === theme).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Pages that have at least one table, in index order. */
export function themesWithData(datasets: Dataset[]): ThemeId[] {
  return themeIds.filter((theme) => datasets.some((d) => d.theme === theme));
}

/** The `[...lang]` parameter: nothing for English (it lives at the root), the code otherwise. */
export function langParam(lang: LangCode): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

export function figuresIndexPaths() {
  figuresDatasets();
  return langCodes.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

export function figuresThemePaths() {
  const datasets = figuresDatasets();
  return langCodes.flatMap((lang) =>
    themesWithData(datasets).map((theme) => ({ params: { lang: langParam(lang), theme }, props: { lang, theme } })),
  );
}

export function figuresCsvPaths() {
  const datasets = figuresDatasets();
  return langCodes.flatMap((lang) =>
    datasets.map((dataset) => ({ params: { lang: langParam(lang), theme: dataset.theme, dataset: dataset.id }, props: { lang, dataset } })),
  );
}
