// /figures/<theme>/<dataset>.csv in every language: each table as a spreadsheet file, made at build time.
import type { APIRoute } from 'astro';
import { csvFor } from '../../../../figures/download.ts';
import { figuresCsvPaths } from '../../../../figures/routes.ts';
import type { Dataset } from '../../../../figures/schema.ts';
import type { LangCode } from '../../../../i18n/languages.ts';

export const getStaticPaths = figuresCsvPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset, lang } = props as { dataset: Dataset; lang: LangCode };
  return new Response(csvFor(dataset, lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
