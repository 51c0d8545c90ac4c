import { getCollection, type CollectionEntry } from 'astro:content';
import { langCodes, type LangCode } from '../i18n/languages.ts';
import { contentHash } from './hash.ts';
import { translationState, type TranslationState } from './translation-status.ts';
import { fileChangedOn } from './changed-on.ts';
import type { AdviceVariant } from './schema.ts';

type Collection = 'advice' | 'pages';
type Entry<C extends Collection> = CollectionEntry<C>;

/** One page as a reader in one language gets it: the translation, or the English in its place. */
export interface ResolvedPage<C extends Collection> {
  collection: C;
  /** Folder name, shared by every language: `carers`. */
  slug: string;
  variant: AdviceVariant;
  lang: LangCode;
  /** The entry shown: the translation, or the English one when missing. */
  entry: Entry<C>;
  /** The English entry it comes from. */
  english: Entry<C>;
  state: TranslationState;
  /** When the English words last changed (only worked out for stale pages). */
  englishChangedOn?: Date;
}

/** Parses ids such as `carers/gu.easy-read` into their parts. */
export function parseEntryId(id: string): { slug: string; lang: string; variant: AdviceVariant } {
  const [slug = '', file = ''] = id.split('/');
  const [lang = '', suffix] = file.split('.');
  return { slug, lang, variant: suffix === 'easy-read' ? 'easy-read' : 'plain' };
}

const hashCache = new Map<string, string>();
function englishHash(entry: Entry<Collection>): string {
  let hash = hashCache.get(entry.id);
  if (!hash) {
    hash = contentHash({ title: entry.data.title, summary: entry.data.summary, body: entry.body ?? '' });
    hashCache.set(entry.id, hash);
  }
  return hash;
}

const resolvedCache = new Map<Collection, Promise<ResolvedPage<Collection>[]>>();

/**
 * Every page of a collection in every language, worked out once per build: pages are
 * matched by id in a map, so the work grows with the number of pages, not its square.
 */
export function resolvePages<C extends Collection>(collection: C): Promise<ResolvedPage<C>[]> {
  let cached = resolvedCache.get(collection);
  if (!cached) {
    cached = getCollection(collection).then((entries) => resolveEntries(collection, entries as Entry<Collection>[]));
    resolvedCache.set(collection, cached);
  }
  return cached as Promise<ResolvedPage<C>[]>;
}

function resolveEntries(collection: Collection, entries: Entry<Collection>[]): ResolvedPage<Collection>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: ResolvedPage<Collection>[] = [];
  for (const english of entries) {
    const { slug, lang, variant } = parseEntryId(english.id);
    if (lang !== 'en') continue;
    const suffix = variant === 'easy-read' ? '.easy-read' : '';
    for (const code of langCodes) {
      const translated = code === 'en' ? english : byId.get(`${slug}/${code}${suffix}`);
      const entry = translated ?? english;
      const state = translationState(translated?.data.translation, code === 'en', englishHash(english));
      const page: ResolvedPage<Collection> = { collection, slug, variant, lang: code, entry, english, state };
      if (state === 'stale') page.englishChangedOn = fileChangedOn(english.filePath ?? '');
      out.push(page);
    }
  }
  return out.sort((a, b) => a.english.data.order - b.english.data.order || a.slug.localeCompare(b.slug));
}

/** The URL slug of a resolved page: `carers` or `carers/easy-read`. */
export function pageSlug(page: { slug: string; variant: AdviceVariant }): string {
  return page.variant === 'easy-read' ? `${page.slug}/easy-read` : page.slug;
}
