// A throw-away copy of the project to build the synthetic corpus in: the real site code,
// components, layouts, locales and config, the real non-advice content (help pages, glossary,
// contacts, figures), and the synthetic advice pages. The real content is only read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorpusFile } from './corpus.ts';

/** Copied as they are. package.json and tsconfig.json so Astro and Vite resolve as in the project. */
const COPIED = ['src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Caches Astro and Vite write inside node_modules: kept in the copy, never in the project's. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

export function createWorkspace(projectRoot: string, corpus: readonly CorpusFile[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  for (const name of COPIED) {
    const from = path.join(projectRoot, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), { recursive: true });
  }
  // The real content except advice, which the corpus replaces.
  const content = path.join(projectRoot, 'content');
  for (const entry of fs.readdirSync(content)) {
    if (entry === 'advice') continue;
    fs.cpSync(path.join(content, entry), path.join(dir, 'content', entry), { recursive: true });
  }
  for (const file of corpus) {
    const target = path.join(dir, 'content', file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  linkNodeModules(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * node_modules as a real folder of links to each installed package, not one link to the
 * whole folder: Astro keeps its content store in node_modules/.astro, which must not land
 * in (or be read from) the project's own node_modules.
 */
function linkNodeModules(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from)) {
    if (OWN_CACHES.has(entry)) continue;
    fs.symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}

export function removeWorkspace(dir: string): void {
  if (!path.basename(dir).startsWith('portal-bench-')) throw new Error(`Refusing to remove ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
