import { z } from 'astro/zod';
import { translationSchema } from '../content/schema.ts';

/** One jargon buster entry. */
export const glossaryTermSchema = z.object({
  /** Anchor on the jargon buster page, the same in every language: `needs-assessment`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, numbers and dashes'),
  /** The word or phrase as pages use it. */
  term: z.string().min(1),
  /** Other ways pages write it (plural, abbreviation) that should link here too. */
  also: z.array(z.string().min(1)).default([]),
  /** Everyday words people use for it, and other spellings: indexed for search, never linked. */
  synonyms: z.array(z.string().min(1)).default([]),
  /** What it means, in plain words. */
  definition: z.string().min(10),
  /** Where the term comes from: a glossary in the source documents, or the site itself. */
  source: z.enum(['local-account-2024', 'county-strategy-2025', 'site']).default('site'),
});

export const glossaryFileSchema = z.object({
  /** Present on translations only: the English glossary's hash when it was translated. */
  translation: translationSchema.optional(),
  terms: z.array(glossaryTermSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
