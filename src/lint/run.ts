import fs from 'node:fs';
import path from 'node:path';
import rs from 'text-readability';
import { fromRoot } from '../config/root.ts';
import { parseContentFile, type ContentDocument } from './document.ts';
import { abbreviations, bannedWords, hasContact, hasWhatNext, longSentences, readingLevel, reviewDates, type Problem } from './rules.ts';
import { frontmatter, linkChecks, tagsAndPictures } from './site-rules.ts';

/** Sections built from code rather than content files; links into them are checked on the built site. */
export const codeSections = ['/figures/', '/search/', '/ask/', '/check/', '/contributing/'] as const;

export function measureReadability(text: string) {
  return { grade: rs.fleschKincaidGrade(text), ease: rs.fleschReadingEase(text) };
}

/** Every MDX file under content/advice and content/pages, as documents. */
export function loadContent(root = fromRoot('content')): ContentDocument[] {
  const docs: ContentDocument[] = [];
  for (const collection of ['advice', 'pages']) {
    const dir = path.join(root, collection);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      const folder = path.join(dir, slug);
      if (!fs.statSync(folder).isDirectory()) continue;
      for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
        const rel = path.relative(path.dirname(root), path.join(folder, name)).split(path.sep).join('/');
        docs.push(parseContentFile(rel, fs.readFileSync(path.join(folder, name), 'utf8')));
      }
    }
  }
  return docs;
}

/** Runs every rule over every page. */
export function lintContent(docs: ContentDocument[], today = new Date()): Problem[] {
  const perPage = docs.flatMap((doc) => [
    ...frontmatter(doc),
    ...tagsAndPictures(doc),
    ...bannedWords(doc),
    ...longSentences(doc),
    ...abbreviations(doc),
    ...reviewDates(doc, today),
    ...hasContact(doc),
    ...hasWhatNext(doc),
    ...readingLevel(doc, measureReadability),
  ]);
  return [...perPage, ...linkChecks(docs, codeSections)];
}
