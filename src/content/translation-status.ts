import type { z } from 'astro/zod';
import type { translationSchema } from './schema.ts';

export type TranslationRecord = z.infer<typeof translationSchema>;

/**
 * How far a reader can trust a page in their language:
 * - `source`: the English original;
 * - `up-to-date`: checked by a community reviewer and made from the current English;
 * - `draft`: made from the current English but not yet checked;
 * - `stale`: made from an older English text;
 * - `missing`: no translation, the English is shown instead.
 */
export type TranslationState = 'source' | 'up-to-date' | 'draft' | 'stale' | 'missing';

export function translationState(
  record: TranslationRecord | undefined,
  isEnglish: boolean,
  currentEnglishHash: string | undefined,
): TranslationState {
  if (isEnglish) return 'source';
  if (!record) return 'missing';
  if (currentEnglishHash !== undefined && record.sourceHash !== currentEnglishHash) return 'stale';
  return record.status === 'reviewed' ? 'up-to-date' : 'draft';
}

/** Which notices a translated page shows. A stale draft shows both. */
export function translationNotices(record: TranslationRecord | undefined, state: TranslationState) {
  return {
    fallback: state === 'missing',
    stale: state === 'stale',
    draft: state === 'draft' || (state === 'stale' && record?.status === 'draft'),
  };
}
