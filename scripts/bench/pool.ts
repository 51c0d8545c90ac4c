// Real words to build synthetic pages from: paragraphs, lists, headings, titles and frontmatter
// taken (read only) from the portal's own advice pages, per language and version, so the
// synthetic corpus has each script's real byte sizes, real jargon (glossary links) and real
// search vocabulary. Links are stripped here; the generator adds links to synthetic pages.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Pool {
  paragraphs: string[];
  lists: string[];
  headings: string[];
  /** Frontmatter of real pages, to borrow titles, summaries, keywords, sources and contacts from. */
  frontmatter: Record<string, unknown>[];
}

export type Pools = Map<string, Pool>;

const emptyPool = (): Pool => ({ paragraphs: [], lists: [], headings: [], frontmatter: [] });

/** Pools keyed `gu` and `gu.easy-read`, read from `<root>/content/advice/<slug>/<file>.mdx`. */
export function readPools(projectRoot: string): Pools {
  const pools: Pools = new Map();
  const adviceDir = path.join(projectRoot, 'content', 'advice');
  for (const slug of fs.readdirSync(adviceDir).sort()) {
    const dir = path.join(adviceDir, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const key = file.replace(/\.mdx$/, '');
      const pool = pools.get(key) ?? emptyPool();
      pools.set(key, pool);
      addFile(pool, fs.readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  return pools;
}

export function addFile(pool: Pool, text: string): void {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) return;
  pool.frontmatter.push(parse(match[1]!) as Record<string, unknown>);
  for (const raw of match[2]!.split(/\n\s*\n/)) {
    const block = unlink(raw.trim());
    if (!block || /^<\/?[A-Z]/.test(block)) continue;
    if (block.startsWith('#')) pool.headings.push(block.replace(/^#+\s*/, ''));
    else if (block.startsWith('- ')) pool.lists.push(block);
    else if (!block.startsWith('<') && !block.startsWith('|')) pool.paragraphs.push(block);
  }
}

/** `[direct payment](/direct-payments/)` -> `direct payment`: real slugs do not exist in the corpus. */
export function unlink(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** The pool for a language and version, falling back to English when the real site has none yet. */
export function poolFor(pools: Pools, lang: string, easyRead: boolean): Pool {
  const suffix = easyRead ? '.easy-read' : '';
  const own = pools.get(`${lang}${suffix}`);
  const english = pools.get(`en${suffix}`) ?? pools.get('en');
  if (own && own.paragraphs.length >= 3 && own.frontmatter.length) return own;
  if (!english) throw new Error('No English advice pages to build the synthetic corpus from');
  return english;
}
