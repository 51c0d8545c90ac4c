import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { langCodes } from '../../../src/i18n/languages.ts';
import { forms } from '../../../src/forms/registry.ts';
import { placedQuestions } from '../../../src/forms/engine/walk.ts';
import type { FormDefinition } from '../../../src/forms/engine/types.ts';

const read = (lang: string) => JSON.parse(fs.readFileSync(path.resolve('locales', lang, 'forms.json'), 'utf8')) as Record<string, string>;
const en = read('en');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every key a form's definition makes from its ids. */
function keysOfDefinitions(): string[] {
  const keys: string[] = [];
  for (const def of Object.values(forms) as FormDefinition[]) {
    keys.push(`${def.text}.title`, `${def.text}.intro`);
    for (const section of def.sections) {
      keys.push(`${section.text}.title`);
      if (section.intro) keys.push(`${section.text}.intro`);
    }
    for (const { question: q } of placedQuestions(def)) {
      keys.push(`${q.text}.label`);
      if (q.hint) keys.push(`${q.text}.hint`);
      if ('options' in q) {
        for (const o of q.options) {
          if (!o.literal) keys.push(o.label ?? `${q.text}.option.${o.value}`);
          if (o.hint) keys.push(`${q.text}.option.${o.value}.hint`);
        }
      }
    }
  }
  return [...new Set(keys)];
}

describe('forms.json', () => {
  it('has every key the form definitions use, in English', () => {
    expect(keysOfDefinitions().filter((k) => !(k in en))).toEqual([]);
  });

  it.each(langCodes.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty, with the same placeholders', (lang) => {
    const own = read(lang);
    expect(Object.keys(own).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in own))).toEqual([]);
    for (const [key, value] of Object.entries(own)) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(en[key] ?? ''));
    }
  });

  it.each(langCodes.filter((l) => l !== 'en'))('%s is a translation, not a copy of the English', (lang) => {
    const own = read(lang);
    // Short words such as "Email" may be borrowed; long sentences never should be.
    const copied = Object.keys(en).filter((k) => (en[k] ?? '').length > 40 && own[k] === en[k]);
    expect(copied).toEqual([]);
  });

  it('uses the house style in English: no "service user", "client" or "customer"', () => {
    const text = Object.values(en).join('\n');
    expect(text).not.toMatch(/service users?|\bclients?\b|\bcustomers?\b/i);
  });
});
