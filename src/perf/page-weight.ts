import { readHtmlResources } from './html-resources.ts';
import { cssReferences } from './css-references.ts';
import { addBytes, byteSizes, noBytes, type Bytes } from './sizes.ts';

/** Everything a page costs a reader to download before it can be read. */
export interface PageWeight {
  /** URL path of the page: `/gu/carers/`. */
  url: string;
  lang: string | undefined;
  kind: string | undefined;
  html: Bytes;
  /** Every stylesheet it links, and what they `@import`. */
  css: Bytes;
  /** External and inline scripts the browser would run. */
  js: Bytes;
  /** Every font file its stylesheets or preloads point at (an upper bound: a weight no text uses is not fetched). */
  fonts: Bytes;
  scriptCount: number;
  /** URL paths of the font files. */
  fontFiles: string[];
  /** References that match no built file (the link check says where). */
  missing: string[];
}

/** Reads a built file by its URL path, or undefined when there is none. */
export type AssetReader = (urlPath: string) => Uint8Array | undefined;

/** A same-site reference as a URL path, or undefined for other sites, data: and the like. */
export function sitePath(ref: string, pageUrl: string): string | undefined {
  const base = new URL(pageUrl, 'http://site.invalid');
  const url = new URL(ref, base);
  if (url.origin !== base.origin) return undefined;
  return decodeURIComponent(url.pathname);
}

/**
 * Weighs pages against the files next to them. Sizes of shared files (the stylesheet,
 * fonts) are worked out once, so weighing 5,000 pages reads and compresses each only once.
 */
export function createWeigher(readAsset: AssetReader) {
  const sizes = new Map<string, Bytes | null>();
  const cssFiles = new Map<string, { fonts: string[]; imports: string[] } | null>();

  const sizeOf = (path: string): Bytes | null => {
    if (!sizes.has(path)) {
      const data = readAsset(path);
      sizes.set(path, data ? byteSizes(data) : null);
    }
    return sizes.get(path)!;
  };
  const refsOf = (path: string) => {
    if (!cssFiles.has(path)) {
      const data = readAsset(path);
      if (!data) cssFiles.set(path, null);
      else {
        const refs = cssReferences(Buffer.from(data).toString('utf8'));
        const resolve = (u: string) => sitePath(u, path);
        cssFiles.set(path, {
          fonts: refs.fonts.map(resolve).filter((u): u is string => !!u),
          imports: refs.imports.map(resolve).filter((u): u is string => !!u),
        });
      }
    }
    return cssFiles.get(path)!;
  };

  return function weigh(url: string, html: string): PageWeight {
    const res = readHtmlResources(html);
    const missing: string[] = [];
    const total = (paths: Iterable<string>): Bytes => {
      let sum = noBytes;
      for (const p of paths) {
        const s = sizeOf(p);
        if (s) sum = addBytes(sum, s);
        else missing.push(p);
      }
      return sum;
    };

    const cssPaths = new Set<string>();
    const fontPaths = new Set<string>();
    const visitCss = (path: string) => {
      if (cssPaths.has(path)) return;
      cssPaths.add(path);
      const refs = refsOf(path);
      refs?.fonts.forEach((f) => fontPaths.add(f));
      refs?.imports.forEach(visitCss);
    };
    res.stylesheets.map((h) => sitePath(h, url)).forEach((p) => p && visitCss(p));
    for (const p of res.preloads) {
      const path = sitePath(p.href, url);
      if (path && p.as === 'font') fontPaths.add(path);
    }

    const jsPaths = new Set<string>();
    let inlineJs = noBytes;
    for (const s of res.scripts) {
      if (s.src) {
        const p = sitePath(s.src, url);
        if (p) jsPaths.add(p);
      } else inlineJs = addBytes(inlineJs, byteSizes(s.inline ?? ''));
    }
    for (const p of res.preloads) {
      const path = sitePath(p.href, url);
      if (path && p.as === 'script') jsPaths.add(path);
    }

    return {
      url,
      lang: res.lang,
      kind: res.kind,
      html: byteSizes(html),
      css: total(cssPaths),
      js: addBytes(total(jsPaths), inlineJs),
      fonts: total(fontPaths),
      scriptCount: res.scripts.length,
      fontFiles: [...fontPaths].sort(),
      missing,
    };
  };
}
