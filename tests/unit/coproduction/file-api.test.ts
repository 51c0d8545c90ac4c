import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { blobSha, contactsPath, withKeptFormat, type ApiResult } from '../../../src/editor/file-api.ts';
import { parseContacts } from '../../../src/config/contacts.ts';

// The editor's file API in local mode, around a stand-in for Keystatic's own handler.
const project = path.resolve(import.meta.dirname, '../../..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-file-api-'));
fs.mkdirSync(path.join(root, 'content/advice/carers'), { recursive: true });
fs.copyFileSync(path.join(project, contactsPath), path.join(root, contactsPath));
fs.copyFileSync(path.join(project, 'content/advice/carers/en.mdx'), path.join(root, 'content/advice/carers/en.mdx'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const contactsOnDisk = fs.readFileSync(path.join(root, contactsPath), 'utf8');
const pageOnDisk = fs.readFileSync(path.join(root, 'content/advice/carers/en.mdx'), 'utf8');
const toBase64Url = (text: string) => Buffer.from(text).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
const fromBase64Url = (text: string) => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');

const forwarded: Request[] = [];
const tree = [
  { path: contactsPath, mode: '100644', type: 'blob', sha: blobSha(Buffer.from(contactsOnDisk)) },
  { path: 'content/advice/carers/en.mdx', mode: '100644', type: 'blob', sha: 'unchanged' },
];
const keystatic = async (request: Request): Promise<ApiResult> => {
  forwarded.push(request);
  return { status: 200, body: JSON.stringify(tree) };
};
const api = withKeptFormat(keystatic, root);
const base = 'http://127.0.0.1:4321/api/keystatic';
const headers = { 'no-cors': '1', 'content-type': 'application/json' };

describe('the editor sees content/contacts.yaml as a form', () => {
  it('lists it with the fingerprint of what the editor is shown', async () => {
    const entries = JSON.parse(String((await api(new Request(`${base}/tree`, { headers }))).body)) as { path: string; sha: string }[];
    const shown = (await api(new Request(`${base}/blob/${entries[0]?.sha}/${contactsPath}`, { headers })));
    expect(shown.status).toBe(200);
    const text = Buffer.from(shown.body as Uint8Array).toString('utf8');
    expect(entries[0]?.sha).toBe(blobSha(Buffer.from(text)));
    expect(entries[1]?.sha).toBe('unchanged');
    expect((parse(text) as { contacts: unknown[] }).contacts).toEqual(parse(contactsOnDisk));
  });

  it('answers "not found" for an old fingerprint', async () => {
    expect((await api(new Request(`${base}/blob/${'0'.repeat(40)}/${contactsPath}`, { headers }))).status).toBe(404);
  });

  it('saves the form back as a list, with the file’s comments', async () => {
    const list = parse(contactsOnDisk) as { id: string; name: string }[];
    const changed = list.map((c) => (c.id === 'council' ? { ...c, name: 'Leicester City Council switchboard' } : c));
    const yaml = (await import('yaml')).stringify({ contacts: changed });
    forwarded.length = 0;
    await api(new Request(`${base}/update`, { method: 'POST', headers, body: JSON.stringify({ additions: [{ path: contactsPath, contents: toBase64Url(yaml) }], deletions: [] }) }));
    const sent = (await forwarded[0]?.json()) as { additions: { contents: string }[] };
    const written = fromBase64Url(sent.additions[0]?.contents ?? '');
    expect(written).toBe(contactsOnDisk.replace('name: Leicester City Council main switchboard', 'name: Leicester City Council switchboard'));
    expect(parseContacts(written).find((c) => c.id === 'council')?.name).toBe('Leicester City Council switchboard');
  });
});

describe('saving a page', () => {
  it('keeps the page’s layout when the editor rewrites it', async () => {
    const fromEditor = pageOnDisk.replace('order: 10', 'order: 12').replace(/^- /gm, '* ');
    forwarded.length = 0;
    await api(new Request(`${base}/update`, { method: 'POST', headers, body: JSON.stringify({ additions: [{ path: 'content/advice/carers/en.mdx', contents: toBase64Url(fromEditor) }], deletions: [] }) }));
    const sent = (await forwarded[0]?.json()) as { additions: { contents: string }[] };
    expect(fromBase64Url(sent.additions[0]?.contents ?? '')).toBe(pageOnDisk.replace('order: 10', 'order: 12'));
  });
});
