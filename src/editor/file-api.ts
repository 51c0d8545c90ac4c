import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { mergeMdx, mergeYaml } from './keep-format.ts';

/** What Keystatic's API handler gives back. */
export type ApiResult = ResponseInit & { body: string | Uint8Array | null };
export type ApiHandler = (request: Request) => Promise<ApiResult>;

/**
 * A file the editor cannot read as it is. content/contacts.yaml is a list, and
 * Keystatic only edits files whose top is a set of named fields, so the editor
 * sees `contacts: [the list]` and the file on disk stays a list.
 */
interface Adapter {
  toEditor(text: string): string;
  fromEditor(edited: string, original: string | undefined): string;
}

export const contactsPath = 'content/contacts.yaml';

const adapters: Record<string, Adapter> = {
  [contactsPath]: {
    toEditor: (text) => stringify({ contacts: parse(text) ?? [] }, { lineWidth: 0 }),
    fromEditor: (edited, original) => {
      const list = stringify((parse(edited) as { contacts?: unknown } | null)?.contacts ?? [], { lineWidth: 0 });
      return original === undefined ? list : mergeYaml(original, list);
    },
  },
};

/** Git's name for a file's contents, which the editor uses to spot changes. */
export function blobSha(contents: Uint8Array): string {
  return createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex');
}

const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
const fromBase64Url = (data: string) => Buffer.from(data.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');

/** How a saved file is written: only what changed, into the file as it was. */
export function keepFormat(filePath: string, edited: string, original: string | undefined): string {
  const adapter = adapters[filePath];
  if (adapter) return adapter.fromEditor(edited, original);
  if (original === undefined) return edited;
  if (filePath.endsWith('.mdx')) return mergeMdx(original, edited);
  if (filePath.endsWith('.yaml')) return mergeYaml(original, edited);
  return edited;
}

/** The editor's file API (local mode) with layout-keeping saves and the contacts adapter. */
export function withKeptFormat(handler: ApiHandler, root: string): ApiHandler {
  const read = (rel: string) => {
    const file = path.join(root, rel);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };

  /** The file list, with the sha the editor will see for adapted files. */
  const fixTree = (result: ApiResult): ApiResult => {
    if (result.status !== 200 || typeof result.body !== 'string') return result;
    const entries = JSON.parse(result.body) as { path: string; sha: string }[];
    for (const entry of entries) {
      const adapter = adapters[entry.path];
      const text = adapter && read(entry.path);
      if (adapter && text !== undefined) entry.sha = blobSha(Buffer.from(adapter.toEditor(text), 'utf8'));
    }
    return { ...result, body: JSON.stringify(entries) };
  };

  return async (request) => {
    const url = new URL(request.url);
    const params = url.pathname.replace(/^\/api\/keystatic\/?/, '').split('/').map(decodeURIComponent).filter(Boolean);

    if (request.method === 'GET' && params[0] === 'tree') return fixTree(await handler(request));

    if (request.method === 'GET' && params[0] === 'blob') {
      const rel = params.slice(2).join('/');
      const adapter = adapters[rel];
      const text = adapter && read(rel);
      if (!adapter || request.headers.get('no-cors') !== '1') return handler(request);
      if (text === undefined) return { status: 404, body: 'Not Found' };
      const shown = Buffer.from(adapter.toEditor(text), 'utf8');
      if (blobSha(shown) !== params[1]) return { status: 404, body: 'Not Found' };
      return { status: 200, body: new Uint8Array(shown) };
    }

    if (request.method === 'POST' && params.join('/') === 'update') {
      let updates: { additions: { path: string; contents: string }[]; deletions: { path: string }[] };
      try {
        updates = (await request.clone().json()) as typeof updates;
      } catch {
        return handler(request);
      }
      for (const addition of updates.additions ?? []) {
        // Paths are checked by Keystatic's handler below; here they are only read.
        if (typeof addition.path !== 'string' || addition.path.split('/').includes('..')) continue;
        addition.contents = toBase64Url(keepFormat(addition.path, fromBase64Url(addition.contents), read(addition.path)));
      }
      const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(updates) });
      return fixTree(await handler(forwarded));
    }

    return handler(request);
  };
}
