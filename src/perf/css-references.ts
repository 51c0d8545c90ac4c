/** What a stylesheet makes the browser fetch: other stylesheets, font files, images. */
export interface CssReferences {
  imports: string[];
  fonts: string[];
  images: string[];
}

const URL_RE = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
const IMPORT_RE = /@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/g;
const FONT_FACE_RE = /@font-face\s*\{[^}]*\}/g;

/**
 * Reads references with regular expressions rather than a CSS parser: the portal's CSS is
 * written by us and by Astro's minifier, and only `@import`, `@font-face` and `url()` matter.
 */
export function cssReferences(css: string): CssReferences {
  const imports = [...css.matchAll(IMPORT_RE)].map((m) => m[2]!);
  const fonts = [...css.matchAll(FONT_FACE_RE)].flatMap((block) => [...block[0].matchAll(URL_RE)].map((m) => m[2]!));
  const fontSet = new Set(fonts);
  const images = [...css.replaceAll(IMPORT_RE, '').matchAll(URL_RE)]
    .map((m) => m[2]!)
    .filter((u) => !fontSet.has(u) && !u.startsWith('data:'));
  return { imports, fonts: fonts.filter((u) => !u.startsWith('data:')), images };
}
