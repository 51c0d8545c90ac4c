import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { adviceSchema, helpPageSchema } from './content/schema.ts';

/** Ids look like `carers/en`, `carers/en.easy-read`, `carers/gu.easy-read`. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  advice: defineCollection({
    loader: glob({ base: './content/advice', pattern: '*/*.mdx', generateId: idFromPath }),
    schema: adviceSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.mdx', generateId: idFromPath }),
    schema: helpPageSchema,
  }),
};
