import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/figures/load.ts';
import { datasetsForTheme, themesWithData } from '../../../src/figures/routes.ts';
import { buildTable } from '../../../src/figures/table.ts';
import { figuresText } from '../../../src/figures/text.ts';
import { useTranslations } from '../../../src/i18n/t.ts';
import type { ContentDocument } from '../../../src/lint/document.ts';
import { abbreviations, bannedWords, longSentences } from '../../../src/lint/rules.ts';

// The figures pages are made from data, not MDX, so the content lint never sees them.
// Here each English page's words, in reading order, go through the same rules.
const datasets = loadDatasets();
const t = figuresText('en');
const ui = useTranslations('en', 'figures');

function pageDocument(slug: string, title: string, summary: string, lines: string[]): ContentDocument {
  return { file: `figures/${slug}`, data: { title, summary }, frontmatter: '', body: lines.join('\n'), bodyStartLine: 1, lang: 'en', variant: 'plain', collection: 'pages', slug };
}

const pages = [
  pageDocument('index', ui('ui.indexTitle'), ui('ui.indexIntro'), [
    ...themesWithData(datasets).flatMap((theme) => [t.str(`theme.${theme}.title`), t.str(`theme.${theme}.intro`)]),
    ui('ui.howCheckedHeading'), ui('ui.howChecked'), ui('ui.howDownload'), ui('ui.rankExplained'),
  ]),
  ...themesWithData(datasets).map((theme) =>
    pageDocument(theme, t.str(`theme.${theme}.title`), t.str(`theme.${theme}.intro`), datasetsForTheme(datasets, theme).flatMap((dataset) => {
      const view = buildTable(dataset, 'en');
      return [
        view.title.text, view.caption.text, view.rowHeader.text, ...view.columns.map((c) => c.header.text),
        ...[...view.rows, ...view.totals].flatMap((r) => [r.header.text, ...r.cells.filter((c) => c.unit === 'text').map((c) => c.text.text)]),
        ui('ui.csvLink'), ui('ui.csvFormat'),
        ...view.differences.map((d) => d.text), ...view.comparisons.map((c) => c.text), ...view.notes.map((n) => n.text),
      ];
    })),
  ),
];

describe('the English figures pages', () => {
  it.each(pages.map((p) => [p.slug, p] as const))('%s: respectful words, abbreviations spelt out, short sentences', (_slug, doc) => {
    const problems = [...bannedWords(doc), ...abbreviations(doc), ...longSentences(doc)].map((p) => `${p.rule}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('would catch an abbreviation that is not spelt out', () => {
    const doc = pageDocument('sample', 'Sample', 'A sample page.', ['The results are published by NHS England.']);
    expect(abbreviations(doc).map((p) => p.message)).toEqual(['"NHS" is used before it is spelt out on this page.']);
  });
});
