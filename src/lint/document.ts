import { parse } from 'yaml';

/** A content file split into its frontmatter and body, with line numbers kept. */
export interface ContentDocument {
  /** Path relative to the project, e.g. content/advice/carers/en.mdx. */
  file: string;
  /** Parsed frontmatter (not yet validated). */
  data: Record<string, unknown>;
  /** The raw frontmatter text. */
  frontmatter: string;
  body: string;
  /** Line number (1-based) of the body's first line in the file. */
  bodyStartLine: number;
  lang: string;
  variant: 'plain' | 'easy-read';
  collection: 'advice' | 'pages';
  /** Folder name: the page's slug. */
  slug: string;
}

export function parseContentFile(file: string, text: string): ContentDocument {
  const normalised = text.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalised);
  const frontmatter = match?.[1] ?? '';
  const body = match ? normalised.slice(match[0].length) : normalised;
  const bodyStartLine = match ? match[0].split('\n').length : 1;
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(frontmatter);
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const parts = file.split('/');
  const name = parts.at(-1) ?? '';
  const [lang = '', suffix] = name.replace(/\.mdx$/, '').split('.');
  return {
    file,
    data,
    frontmatter,
    body,
    bodyStartLine,
    lang,
    variant: suffix === 'easy-read' ? 'easy-read' : 'plain',
    collection: parts.includes('pages') ? 'pages' : 'advice',
    slug: parts.at(-2) ?? '',
  };
}

/** The line in the file where a frontmatter field starts (for messages). */
export function fieldLine(doc: ContentDocument, field: string): number {
  const lines = doc.frontmatter.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${field}:`));
  return index === -1 ? 1 : index + 2;
}

export interface ProseLine {
  line: number;
  text: string;
  /** Headings are not sentences; some rules skip them. */
  heading: boolean;
}

/**
 * The readable words of the body, line by line: MDX tags, Markdown marks, link targets,
 * email addresses and web addresses taken out, so rules see what a reader reads.
 */
export function proseLines(doc: ContentDocument): ProseLine[] {
  const out: ProseLine[] = [];
  let inCode = false;
  doc.body.split('\n').forEach((raw, i) => {
    if (/^\s*```/.test(raw)) inCode = !inCode;
    if (inCode) return;
    if (/^\s*(import|export)\s/.test(raw)) return;
    if (/^\s*\|/.test(raw)) return;
    const heading = /^\s*#{1,6}\s/.test(raw);
    const text = raw
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      .replace(/\bwww\.\S+/g, ' ')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push({ line: doc.bodyStartLine + i, text, heading });
  });
  return out;
}

/** Splits a line of prose into sentences (full stops, question and exclamation marks, in any script). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。؟۔।])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words in a sentence: runs of letters or digits (a phone number counts once). */
export function wordCount(sentence: string): number {
  return sentence.replace(/\d+(?: \d+)+/g, "0").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
