import fs from 'node:fs';
import path from 'node:path';
import type { AssetReader } from './page-weight.ts';

/** Every built HTML page under a folder, with the URL path it is served at. */
export function listHtmlPages(root: string): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push({ file: full, url: urlOfFile(root, full) });
    }
  };
  walk(root);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/** `dist/client/gu/carers/index.html` -> `/gu/carers/` (Astro's directory format). */
export function urlOfFile(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a URL path is served from: `/gu/carers/` -> `<root>/gu/carers/index.html`. */
export function fileOfUrl(root: string, urlPath: string): string {
  const clean = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return path.join(root, ...clean.split('/').filter(Boolean));
}

export function fileAssetReader(root: string): AssetReader {
  const base = path.resolve(root) + path.sep;
  return (urlPath) => {
    const file = path.resolve(fileOfUrl(root, urlPath));
    return file.startsWith(base) ? readIfFile(file) : undefined;
  };
}

function readIfFile(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
