import fs from 'node:fs';
import { fromRoot } from '../config/root.ts';
import { langCodes } from '../i18n/languages.ts';
import { translationState } from '../content/translation-status.ts';
import type { BrokenRecord, StatusRow } from '../content/status.ts';
import { glossaryHash, glossaryPath, loadGlossary } from './load.ts';

/** The jargon buster's translation status, in the same shape as the pages'. */
export function glossaryStatus(): { english: { page: string; file: string; hash: string }[]; rows: StatusRow[]; broken: BrokenRecord[] } {
  const english = loadGlossary('en');
  if (!english) return { english: [], rows: [], broken: [{ file: glossaryPath('en'), message: 'The English jargon buster is missing.' }] };
  const hash = glossaryHash(english);
  const ids = new Set(english.terms.map((t) => t.id));
  const rows: StatusRow[] = [];
  const broken: BrokenRecord[] = [];
  for (const lang of langCodes.filter((l) => l !== 'en')) {
    let file;
    try {
      file = loadGlossary(lang);
    } catch (error) {
      broken.push({ file: glossaryPath(lang), message: (error as Error).message });
      continue;
    }
    if (file && !file.translation) broken.push({ file: glossaryPath(lang), message: 'This translation has no `translation:` record.' });
    for (const t of file?.terms ?? []) {
      if (!ids.has(t.id)) broken.push({ file: glossaryPath(lang), message: `The term "${t.id}" is not in the English jargon buster.` });
    }
    const state = translationState(file?.translation, false, hash) as StatusRow['state'];
    rows.push({ page: 'glossary/jargon-buster', file: fs.existsSync(fromRoot(glossaryPath(lang))) ? glossaryPath(lang) : glossaryPath('en'), lang, state });
  }
  return { english: [{ page: 'glossary/jargon-buster', file: glossaryPath('en'), hash }], rows, broken };
}
