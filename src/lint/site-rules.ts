import { adviceSchema, helpPageSchema } from '../content/schema.ts';
import { isPictureName } from '../easy-read/pictures.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';
import type { ContentDocument } from './document.ts';
import type { Problem } from './rules.ts';
import { fieldLine } from './document.ts';

/** The frontmatter must match the schema: names the field and says what is wrong. */
export function frontmatter(doc: ContentDocument): Problem[] {
  const schema = doc.collection === 'advice' ? adviceSchema : helpPageSchema;
  const result = schema.safeParse(doc.data);
  if (result.success) {
    const variant = (result.data as { variant?: string }).variant;
    if (doc.collection === 'advice' && variant && variant !== doc.variant) {
      return [{ file: doc.file, line: fieldLine(doc, 'variant'), rule: 'frontmatter', severity: 'error', message: `variant says "${variant}" but the file name says "${doc.variant}".`, fix: `Set variant: ${doc.variant}` }];
    }
    return [];
  }
  return result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return {
      file: doc.file, line: field ? fieldLine(doc, field) : 1, rule: 'frontmatter', severity: 'error' as const,
      message: `The field "${issue.path.join('.') || '(top)'}" is not right: ${issue.message}.`,
      fix: 'Compare with the example in content/README.md.',
    };
  });
}

/** Only the tags we provide, and only pictures that exist. */
export function tagsAndPictures(doc: ContentDocument): Problem[] {
  const out: Problem[] = [];
  doc.body.split('\n').forEach((text, i) => {
    const line = doc.bodyStartLine + i;
    for (const m of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)) {
      const [, name = '', attrs = ''] = m;
      if (!mdxComponentNames.includes(name)) {
        out.push({ file: doc.file, line, rule: 'tags', severity: 'error', message: `There is no <${name}> tag.`, fix: `Use one of: ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}.` });
      }
      const picture = /picture="([^"]*)"/.exec(attrs)?.[1];
      if (name === 'Idea' && (picture === undefined || !isPictureName(picture))) {
        out.push({ file: doc.file, line, rule: 'picture', severity: 'error', message: `The picture "${picture ?? ''}" does not exist.`, fix: 'Pick a name from src/easy-read/pictures.ts, such as phone, home, money, help or carer.' });
      }
    }
  });
  return out;
}

/** Internal links found in a page body, with their lines. */
export function internalLinks(doc: ContentDocument): { line: number; href: string }[] {
  const out: { line: number; href: string }[] = [];
  doc.body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g)) out.push({ line: doc.bodyStartLine + i, href: m[1] ?? '' });
  });
  return out;
}

/**
 * Links between pages: every link must lead somewhere, and every page must be linked
 * from somewhere (the home page lists every advice page; the footer, the help pages).
 */
export function linkChecks(docs: ContentDocument[], sectionPrefixes: readonly string[]): Problem[] {
  const english = docs.filter((d) => d.lang === 'en');
  const targets = new Set<string>(['/', '/jargon-buster/']);
  for (const d of english) targets.add(d.variant === 'easy-read' ? `/${d.slug}/easy-read/` : `/${d.slug}/`);
  const out: Problem[] = [];
  const linked = new Set<string>();
  for (const d of docs) {
    for (const { line, href } of internalLinks(d)) {
      const path = href.replace(/^\/(gu|pa|ur|pl|so|ar)\//, '/');
      linked.add(path);
      const known = targets.has(path) || sectionPrefixes.some((p) => path.startsWith(p));
      if (!known) {
        const hint = path.endsWith('/') ? 'Check the spelling against the folder names in content/advice and content/pages.' : 'Links to pages on this site end with a slash, like /carers/.';
        out.push({ file: d.file, line, rule: 'broken-link', severity: 'error', message: `The link "${href}" does not lead to a page.`, fix: hint });
      }
    }
  }
  for (const d of english) {
    const home = d.collection === 'advice';
    const footer = d.collection === 'pages' && d.data.inFooter === true;
    const path = d.variant === 'easy-read' ? `/${d.slug}/easy-read/` : `/${d.slug}/`;
    if (!home && !footer && !linked.has(path)) {
      out.push({ file: d.file, line: 1, rule: 'orphan-page', severity: 'error', message: 'No other page links to this page, so nobody can find it.', fix: 'Link to it from a related page, or set inFooter: true.' });
    }
  }
  return out;
}
