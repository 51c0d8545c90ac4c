// The synthetic advice corpus: `topics` topics, each in every language, plain and easy read,
// written as the real content is (frontmatter schema, <Idea>, <Important>, <WhatNext>, links
// between pages, translation blocks), from the real pages' words. Deterministic: the same
// size always gives the same files, so runs can be compared.
import { stringify } from 'yaml';
import { langCodes, type LangCode } from '../../src/i18n/languages.ts';
import { localizedPath } from '../../src/routing/paths.ts';
import { contentHash } from '../../src/content/hash.ts';
import { pictureNames } from '../../src/easy-read/pictures.ts';
import { poolFor, type Pool, type Pools } from './pool.ts';

export interface CorpusFile {
  /** Relative to the content folder: `advice/topic-0001/gu.easy-read.mdx`. */
  path: string;
  text: string;
}

/** Pages per topic: every language, plain and easy read (a missing translation still builds a page). */
export const PAGES_PER_TOPIC = langCodes.length * 2;

export function topicsFor(pages: number): number {
  return Math.max(1, Math.round(pages / PAGES_PER_TOPIC));
}

export const slugOf = (i: number) => `topic-${String(i).padStart(4, '0')}`;

/** A small seeded generator (mulberry32): the same topic always gets the same page. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

function plainBody(pool: Pool, lang: LangCode, i: number, topics: number): string {
  const r = random(i * 7919 + 1);
  const text = random(i * 104729 + lang.charCodeAt(0) * 31 + (lang.charCodeAt(1) || 0));
  const link = () => `[${text.pick(pool.headings)}](${localizedPath(lang, slugOf(r.int(0, topics - 1)))})`;
  const out = [text.pick(pool.paragraphs), text.pick(pool.paragraphs)];
  const sections = r.int(3, 5);
  for (let s = 0; s < sections; s++) {
    out.push(`## ${text.pick(pool.headings)}`, text.pick(pool.paragraphs));
    if (r.int(0, 1) && pool.lists.length) out.push(text.pick(pool.lists));
    if (s === 1) out.push('<Important>', text.pick(pool.paragraphs), '</Important>');
  }
  out.push(`${text.pick(pool.paragraphs)} ${link()}, ${link()}.`);
  out.push('<WhatNext>', pool.lists.length ? text.pick(pool.lists) : `- ${text.pick(pool.paragraphs)}`, '</WhatNext>');
  return out.join('\n\n');
}

/** Easy read pages have no headings of their own, so link words come from the plain pages (`headings`). */
function easyReadBody(pool: Pool, lang: LangCode, i: number, topics: number, headings: readonly string[]): string {
  const r = random(i * 7919 + 2);
  const text = random(i * 104729 + lang.charCodeAt(0) * 37 + (lang.charCodeAt(1) || 0));
  const ideas = r.int(6, 10);
  const out: string[] = [];
  for (let n = 0; n < ideas; n++) {
    const words = n === ideas - 1
      ? `${text.pick(pool.paragraphs)} [${text.pick(headings)}](${localizedPath(lang, slugOf(r.int(0, topics - 1)))})`
      : text.pick(pool.paragraphs);
    out.push(`<Idea picture="${r.pick(pictureNames)}">`, words, '</Idea>');
  }
  out.push('<WhatNext>', pool.lists.length ? text.pick(pool.lists) : `- ${text.pick(pool.paragraphs)}`, '</WhatNext>');
  return out.join('\n\n');
}

function frontmatter(pool: Pool, i: number, easyRead: boolean, translation?: Record<string, unknown>): Record<string, unknown> {
  const real = pool.frontmatter[i % pool.frontmatter.length]!;
  const suffix = ` ${i + 1}`;
  const title = String(real.title).slice(0, 90 - suffix.length) + suffix;
  return {
    title,
    summary: real.summary,
    topic: real.topic,
    keywords: real.keywords ?? [],
    lastReviewed: real.lastReviewed,
    reviewDue: real.reviewDue,
    sources: real.sources,
    ...(real.coProducedWith ? { coProducedWith: real.coProducedWith } : {}),
    contacts: real.contacts,
    variant: easyRead ? 'easy-read' : 'plain',
    order: 1000 + i,
    ...(real.noGlossaryLinks ? { noGlossaryLinks: real.noGlossaryLinks } : {}),
    ...(translation ? { translation } : {}),
  };
}

const mdx = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

/**
 * Every file of the corpus. About 1 translation in 23 is missing (the English shows with a
 * notice, as on the real site), 1 in 11 is stale (made from older English) and 1 in 3 reviewed.
 */
export function generateCorpus(pools: Pools, topics: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let i = 0; i < topics; i++) {
    const slug = slugOf(i);
    for (const easyRead of [false, true]) {
      const file = easyRead ? '.easy-read' : '';
      const body = (lang: LangCode) => easyRead
        ? easyReadBody(poolFor(pools, lang, true), lang, i, topics, poolFor(pools, lang, false).headings)
        : plainBody(poolFor(pools, lang, false), lang, i, topics);
      const enPool = poolFor(pools, 'en', easyRead);
      const enData = frontmatter(enPool, i, easyRead);
      const enBody = body('en');
      files.push({ path: `advice/${slug}/en${file}.mdx`, text: mdx(enData, enBody) });
      const hash = contentHash({ title: String(enData.title), summary: String(enData.summary), body: enBody });
      langCodes.forEach((lang, n) => {
        if (lang === 'en' || (i + n) % 23 === 0) return;
        const stale = (i + n) % 11 === 0;
        const reviewed = i % 3 === 0;
        const translation = {
          from: 'en',
          sourceHash: stale ? contentHash({ title: 'older', summary: 'older English words', body: String(i) }) : hash,
          status: reviewed ? 'reviewed' : 'draft',
          ...(reviewed ? { reviewedBy: 'Community reviewers', reviewedOn: '2026-11-01' } : {}),
        };
        files.push({ path: `advice/${slug}/${lang}${file}.mdx`, text: mdx(frontmatter(poolFor(pools, lang, easyRead), i, easyRead, translation), body(lang)) });
      });
    }
  }
  return files;
}
