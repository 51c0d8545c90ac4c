import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/languages.ts';

const root = path.resolve(import.meta.dirname, '../../../locales');
const read = (code: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, code, `${ns}.json`), 'utf8')) as Record<string, string>;
const namespaces = fs.readdirSync(path.join(root, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe.each(languages.filter((l) => l.code !== 'en'))('UI strings in $englishName', ({ code }) => {
  it.each(namespaces)('%s has every English key, none empty, same placeholders', (ns) => {
    const english = read('en', ns);
    const file = path.join(root, code, `${ns}.json`);
    expect(fs.existsSync(file), `${file} is missing`).toBe(true);
    const own = read(code, ns);
    const missing = Object.keys(english).filter((k) => !(k in own));
    expect(missing, `missing in locales/${code}/${ns}.json`).toEqual([]);
    const extra = Object.keys(own).filter((k) => !(k in english));
    expect(extra, `keys not in English in locales/${code}/${ns}.json`).toEqual([]);
    for (const [key, value] of Object.entries(own)) {
      expect(value.trim(), `${code}/${ns}.json ${key} is empty`).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(value), `${code}/${ns}.json ${key} placeholders`).toEqual(placeholders(english[key] ?? ''));
    }
  });
});
