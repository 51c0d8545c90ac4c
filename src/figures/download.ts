import type { LangCode } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/t.ts';
import { datasetCsv } from './csv.ts';
import type { Dataset } from './schema.ts';
import { buildTable, type TableView } from './table.ts';

/** The CSV file of a table in one language, exactly as the download route serves it. */
export function csvFor(dataset: Dataset, lang: LangCode, view: TableView = buildTable(dataset, lang)): string {
  const t = useTranslations(lang, 'figures');
  return datasetCsv(view, { title: t('ui.csvTitle'), period: t('ui.periodLabel'), source: t('ui.sourceLabel'), notes: t('ui.notesHeading') });
}
