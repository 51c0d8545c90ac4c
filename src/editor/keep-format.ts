import { isMap, isScalar, isSeq, parse, parseDocument, type Document, type Node } from 'yaml';

/**
 * The editor (Keystatic) saves a whole file from its form: it drops YAML comments,
 * reorders keys and writes `[a, b]` lists one item a line. A reviewer then sees the
 * whole file changed for a one-word edit. These functions apply only what changed
 * to the file as it was, so the pull request shows just the edit.
 */

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isRecord = (v: unknown): v is Record<string, Plain> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value the form left blank: it is left out of the file rather than written as '' or null. */
const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** Lists of things with an `id` (glossary terms, contacts) are matched by id, so comments move with their item. */
const idOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);

function nodeId(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get('id');
  return typeof id === 'string' ? id : undefined;
}

function merge(doc: Document, node: unknown, value: Plain): Node {
  if (isMap(node) && isRecord(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in value) || isBlank(value[key])) node.delete(key);
    }
    for (const [key, v] of Object.entries(value)) {
      const existing = node.get(key, true);
      if (existing === undefined) {
        if (isBlank(v) || (Array.isArray(v) && v.length === 0)) continue;
        node.set(key, doc.createNode(v));
      } else if (!isBlank(v)) {
        node.set(key, merge(doc, existing, v));
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const byId = value.every((v) => idOf(v)) && node.items.every((n) => nodeId(n));
    if (byId) {
      const old = new Map(node.items.map((n) => [nodeId(n), n]));
      node.items = value.map((v) => {
        const existing = old.get(idOf(v));
        return existing === undefined ? doc.createNode(v) : merge(doc, existing, v);
      });
    } else {
      node.items = value.map((v, i) => {
        const existing = node.items[i];
        return existing === undefined ? doc.createNode(v) : merge(doc, existing, v);
      });
    }
    return node;
  }
  // A changed word keeps its quotes: `"…"` stays `"…"`.
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return doc.createNode(value) as Node;
}

/** `edited` YAML applied to `original` YAML, keeping the original's comments, order and style. */
export function mergeYaml(original: string, edited: string): string {
  const doc: Document = parseDocument(original);
  const value = (parse(edited) ?? {}) as Plain;
  if (doc.errors.length || doc.contents === null) return edited;
  doc.contents = merge(doc, doc.contents, value);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * The editor's Markdown in the style content/README.md shows: `-` for bullets, and the
 * page's tags (<Idea>, <WhatNext>, <Important>) on their own lines, not indented, with a
 * blank line inside each. Without this, saving one date would rewrite every list, and
 * every translation of the page would look out of date.
 */
export function houseStyle(body: string): string {
  const out: string[] = [];
  let depth = 0;
  let inCode = false;
  for (const raw of body.replace(/\r\n/g, '\n').split('\n')) {
    const indent = '  '.repeat(depth);
    const line = raw.startsWith(indent) ? raw.slice(indent.length) : raw.trimStart();
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode || /^```/.test(line)) {
      out.push(line);
      continue;
    }
    if (/^<[A-Z][A-Za-z]*(\s[^>]*)?>\s*$/.test(line)) {
      out.push('', line.trimEnd(), '');
      depth += 1;
    } else if (depth > 0 && /^<\/[A-Z][A-Za-z]*>\s*$/.test(line)) {
      out.push('', line.trimEnd(), '');
      depth -= 1;
    } else {
      out.push(keepBoldAroundBdi(line.replace(/^(\s*)\* /, '$1- ')).trimEnd());
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * When a bold phrase starts or ends with a <bdi> part, the editor writes the bold inside
 * the <bdi> and an escaped space (&#x20;) after it. Same look, harder to read: put it back.
 */
function keepBoldAroundBdi(line: string): string {
  return line
    .replace(/<bdi>\*\*([^*<]+)\*\*<\/bdi>\*\*(&#x20;)?/g, (_m, inner: string, space?: string) => `**<bdi>${inner}</bdi>${space ? ' ' : ''}`)
    .replace(/(&#x20;)?\*\*<bdi>\*\*([^*<]+)\*\*<\/bdi>/g, (_m, space: string | undefined, inner: string) => `${space ? ' ' : ''}<bdi>${inner}</bdi>**`);
}

/** An MDX file as the editor saved it, with its frontmatter merged into the original's. */
export function mergeMdx(original: string, edited: string): string {
  const before = frontmatterPattern.exec(original);
  const after = frontmatterPattern.exec(edited);
  if (!after) return edited;
  const frontmatter = before ? mergeYaml(`${before[1]}\n`, `${after[1]}\n`) : `${after[1]}\n`;
  return `---\n${frontmatter}---\n\n${houseStyle(edited.slice(after[0].length))}`;
}
