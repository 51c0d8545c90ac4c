import fs from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../config/root.ts';
import { contentHash } from '../content/hash.ts';
import type { LangCode } from '../i18n/languages.ts';
import { glossaryFileSchema, type GlossaryFile } from './schema.ts';

const cache = new Map<string, GlossaryFile | null>();

/** The relative path of a language's glossary file. */
export function glossaryPath(lang: string): string {
  return `content/glossary/${lang}.yaml`;
}

/** A language's jargon buster, or null when it has not been translated. Read once per build. */
export function loadGlossary(lang: LangCode | string): GlossaryFile | null {
  if (!cache.has(lang)) {
    const file = fromRoot(glossaryPath(lang));
    if (!fs.existsSync(file)) cache.set(lang, null);
    else {
      const result = glossaryFileSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
      if (!result.success) {
        throw new Error(`${glossaryPath(lang)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      cache.set(lang, result.data);
    }
  }
  return cache.get(lang) ?? null;
}

/** The hash a glossary translation records: the English terms and definitions only. */
export function glossaryHash(file: GlossaryFile): string {
  const body = file.terms.map((t) => `${t.id}\n${t.term}\n${t.also.join('|')}\n${t.definition}`).join('\n\n');
  return contentHash({ title: 'glossary', summary: '', body });
}
