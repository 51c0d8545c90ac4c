import fs from 'node:fs';
import path from 'node:path';
import { langCodes } from '../i18n/languages.ts';
import { codeSections } from '../lint/run.ts';
import { slugPattern } from './slug.ts';

/**
 * `npm run new:page -- <slug>`: the two files of a new advice page, filled in so far as
 * they can be. What only the writer knows (title, summary, where the facts come from,
 * the words) is left blank or marked TODO, so the checks fail until it is written.
 * No MDX comments (curly brackets with slash-star): the editor cannot open a page that has them.
 */

/** Web addresses the site already uses for other things. */
const reserved = new Set([
  ...langCodes,
  ...codeSections.map((s) => s.replaceAll('/', '')),
  'jargon-buster', 'easy-read', 'pictures', 'fonts', 'pagefind', 'keystatic', 'api',
]);

/** Why a folder name cannot be used, in plain words, or undefined when it can. */
export function slugProblem(slug: string | undefined, contentRoot: string): string | undefined {
  if (!slug) return 'Give the new page a folder name, like this: npm run new:page -- paying-for-care';
  if (!slugPattern.test(slug)) {
    return `"${slug}" cannot be a folder name. Use lower-case letters, numbers and dashes only, like paying-for-care.`;
  }
  if (slug.length > 60) return `"${slug}" is too long for a web address. Use 60 characters or fewer.`;
  if (reserved.has(slug)) return `"${slug}" is already used by another part of the website. Choose another name.`;
  for (const collection of ['advice', 'pages']) {
    if (fs.existsSync(path.join(contentRoot, collection, slug))) {
      return `There is already a page called "${slug}" (content/${collection}/${slug}). Change that page, or choose another name.`;
    }
  }
  return undefined;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Six months on, as the local account promises; the 31st becomes the month's last day. */
export function sixMonthsAfter(date: Date): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 6;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

function frontmatter(variant: 'plain' | 'easy-read', today: Date): string {
  return `---
title: ""            # TODO: the page title, as people would say it
summary: ""          # TODO: one or two sentences: what the page is and who it is for
topic: get-help      # get-help, carers, money, safe, urgent, living, conditions, have-your-say or about
keywords: []         # everyday words people search with, like [carer, looking after someone]
lastReviewed: ${day(today)}
reviewDue: ${day(sixMonthsAfter(today))}
sources:
  - doc: local-account-2024   # TODO: check this is the document the facts come from (see src/content/sources.ts)
    section: ""      # TODO: the part of that document, like "Key facts and figures"
contacts: [adult-social-care]
variant: ${variant}
order: 100
---
`;
}

/** The new page's two files: paths inside the content folder, and their text. */
export function newPageFiles(slug: string, today = new Date()): { file: string; text: string }[] {
  return [
    {
      file: `advice/${slug}/en.mdx`,
      text: `${frontmatter('plain', today)}
TODO: write the page here. Use short sentences and everyday words.

<WhatNext>

- TODO: what the reader can do next.

</WhatNext>
`,
    },
    {
      file: `advice/${slug}/en.easy-read.mdx`,
      text: `${frontmatter('easy-read', today)}
<Idea picture="help">

TODO: one idea, in a short sentence.

</Idea>

<WhatNext>

- TODO: what the reader can do next.

</WhatNext>
`,
    },
  ];
}

/** Writes the new page into `contentRoot`. Returns the files written, relative to it. */
export function createNewPage(slug: string, contentRoot: string, today = new Date()): string[] {
  const problem = slugProblem(slug, contentRoot);
  if (problem) throw new Error(problem);
  const files = newPageFiles(slug, today);
  fs.mkdirSync(path.join(contentRoot, 'advice', slug), { recursive: true });
  for (const { file, text } of files) fs.writeFileSync(path.join(contentRoot, file), text, { flag: 'wx' });
  return files.map((f) => f.file);
}
