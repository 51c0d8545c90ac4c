import { z } from 'astro/zod';
import { sourceIds } from './sources.ts';
import { contactIds } from '../config/contacts.ts';

/** A calendar date written as YYYY-MM-DD in frontmatter. */
const isoDate = z.coerce.date();

/** A SHA-256 hash (hex) of the English text a translation was made from. */
export const sourceHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be the 64-character hash printed by `npm run content:status`');

/** Where a fact came from: a source document and the part of it. */
export const sourceRefSchema = z.object({
  /** Which source document (see src/content/sources.ts). */
  doc: z.enum(sourceIds),
  /** The section, table or page of that document. */
  section: z.string().min(1),
});

/** Translation record: only on pages that are not in English. */
export const translationSchema = z.object({
  /** The language it was translated from. Always English today. */
  from: z.literal('en').default('en'),
  /** Hash of the English file's words when it was translated. */
  sourceHash: sourceHashSchema,
  /** "draft" until a community reviewer has checked it. */
  status: z.enum(['draft', 'reviewed']),
  /** Who checked it (a name or a group), when status is "reviewed". */
  reviewedBy: z.string().min(1).optional(),
  /** When it was checked. */
  reviewedOn: isoDate.optional(),
}).refine((t) => t.status === 'draft' || (t.reviewedBy && t.reviewedOn), {
  message: 'a reviewed translation needs reviewedBy and reviewedOn',
});

/** Frontmatter of every advice page, in every language and both versions. */
export const adviceSchema = z.object({
  /** The page title, as people would say it. */
  title: z.string().min(3).max(90),
  /** One or two sentences: what the page is and who it is for. */
  summary: z.string().min(10).max(300),
  /** The home-page group it belongs to. */
  topic: z.enum(['get-help', 'carers', 'money', 'safe', 'urgent', 'living', 'conditions', 'have-your-say', 'about']),
  /** Words people might search with, including everyday words and other spellings. */
  keywords: z.array(z.string().min(1)).default([]),
  /** When the words were last checked. */
  lastReviewed: isoDate,
  /** When they must be checked again (six months on, as the local account promises). */
  reviewDue: isoDate,
  /** Where the facts on the page come from. */
  sources: z.array(sourceRefSchema).min(1),
  /** The group or groups who wrote or checked the words with us. */
  coProducedWith: z.array(z.string().min(1)).default([]),
  /** "plain" for plain English, "easy-read" for easy read. */
  variant: z.enum(['plain', 'easy-read']),
  /** Team contacts shown at the end of the page (ids from content/contacts.yaml). */
  contacts: z.array(z.enum(contactIds)).min(1),
  /** Order on the home page and in lists (lower first). */
  order: z.number().int().default(100),
  /** Terms the automatic jargon links should leave alone on this page. */
  noGlossaryLinks: z.array(z.string()).default([]),
  /** Present on translations only. */
  translation: translationSchema.optional(),
});

export type AdviceFrontmatter = z.infer<typeof adviceSchema>;
export type AdviceVariant = AdviceFrontmatter['variant'];

/** Frontmatter of help pages (accessibility, privacy, other formats and the like). */
export const helpPageSchema = z.object({
  /** The page title. */
  title: z.string().min(3).max(90),
  /** One or two sentences: what the page is for. */
  summary: z.string().min(10).max(300),
  /** Words people might search with. */
  keywords: z.array(z.string().min(1)).default([]),
  /** When the words were last checked. */
  lastReviewed: isoDate,
  /** When they must be checked again. */
  reviewDue: isoDate,
  /** Team contacts shown at the end of the page. */
  contacts: z.array(z.enum(contactIds)).min(1),
  /** Order in the footer and lists (lower first). */
  order: z.number().int().default(100),
  /** Shown in the footer of every page. */
  inFooter: z.boolean().default(false),
  /** Present on translations only. */
  translation: translationSchema.optional(),
});

export type HelpPageFrontmatter = z.infer<typeof helpPageSchema>;
