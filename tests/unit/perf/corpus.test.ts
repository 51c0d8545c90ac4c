import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adviceSchema } from '../../../src/content/schema.ts';
import { contentHash } from '../../../src/content/hash.ts';
import { isPictureName } from '../../../src/easy-read/pictures.ts';
import { mdxComponentNames } from '../../../src/components/mdx/names.ts';
import { readPools } from '../../../scripts/bench/pool.ts';
import { generateCorpus, PAGES_PER_TOPIC, topicsFor } from '../../../scripts/bench/corpus.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const pools = readPools(root);
const files = generateCorpus(pools, 20);
const split = (text: string) => {
  const m = /^---\n([\s\S]*?)\n?---\n\n([\s\S]*)$/.exec(text)!;
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
};
const parsed = new Map(files.map((f) => [f.path, split(f.text)]));

// Generous time limits: the machine may be busy building other things.
describe('synthetic corpus for the benchmark', { timeout: 60_000 }, () => {
  it('sizes the corpus in topics of 14 pages (7 languages, plain and easy read)', () => {
    expect(PAGES_PER_TOPIC).toBe(14);
    expect(topicsFor(5000)).toBe(357);
  });
  it('writes every page with frontmatter the real schema accepts', () => {
    for (const f of files) expect(adviceSchema.safeParse(parsed.get(f.path)!.data).success, f.path).toBe(true);
  });
  it('uses only the MDX tags and pictures writers may use, with WhatNext on every page', () => {
    for (const f of files) {
      const { body } = parsed.get(f.path)!;
      const tags = [...body.matchAll(/<\/?([A-Z]\w*)/g)].map((m) => m[1]!);
      expect(tags.every((t) => mdxComponentNames.includes(t)), f.path).toBe(true);
      expect(body).toContain('<WhatNext>');
      for (const m of body.matchAll(/picture="([^"]+)"/g)) expect(isPictureName(m[1]!)).toBe(true);
    }
  });
  it('links only to pages of the corpus, in the page’s language', () => {
    const slugs = new Set(files.map((f) => f.path.split('/')[1]));
    for (const f of files) {
      const lang = f.path.split('/')[2]!.split('.')[0]!;
      for (const m of parsed.get(f.path)!.body.matchAll(/\]\((\/[^)]*)\)/g)) {
        const parts = m[1]!.split('/').filter(Boolean);
        const slug = lang === 'en' ? parts[0] : parts[1];
        if (lang !== 'en') expect(parts[0]).toBe(lang);
        expect(slugs.has(slug)).toBe(true);
      }
    }
  });
  it('gives translations the fingerprint of their English page, with some stale and some missing', () => {
    const english = new Map(files.filter((f) => /\/en(\.easy-read)?\.mdx$/.test(f.path)).map((f) => [f.path, parsed.get(f.path)!]));
    let current = 0;
    let stale = 0;
    for (const f of files.filter((x) => !english.has(x.path))) {
      const en = english.get(f.path.replace(/\/[a-z]{2}(\.easy-read)?\.mdx$/, '/en$1.mdx'))!;
      const hash = contentHash({ title: String(en.data.title), summary: String(en.data.summary), body: en.body });
      const t = parsed.get(f.path)!.data.translation as { sourceHash: string };
      if (t.sourceHash === hash) current++;
      else stale++;
    }
    expect(current).toBeGreaterThan(stale);
    expect(stale).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(20 * PAGES_PER_TOPIC);
  });
  it('is the same every time', () => {
    expect(generateCorpus(pools, 20)).toEqual(files);
  });
});
