/**
 * Security headers for every response. The page's own Content-Security-Policy (a
 * <meta> Astro writes with hashes of its scripts and styles) controls script-src and
 * style-src; this baseline adds what a <meta> cannot say (frame-ancestors) and closes
 * everything else to this site alone.
 */
export const baselineCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A baseline that leaves scripts and styles to the page's own hashed policy. */
export const pageCsp = baselineCsp
  .split('; ')
  .filter((d) => !d.startsWith('script-src') && !d.startsWith('style-src') && !d.startsWith('default-src'))
  .join('; ');

/** Pagefind searches in a worker that runs WebAssembly; the worker's own policy must allow it. */
export const searchWorkerCsp = baselineCsp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/**
 * Form pages (under /ask/ and /check/ in any language), the page feedback form, the submission
 * API and the staff pages: where personal data may be typed or shown, and the only places that take a POST.
 */
export function takesPersonalData(path = ''): boolean {
  return /^\/(?:[a-z]{2}\/)?(?:ask|check|feedback)\//.test(path) || path.startsWith('/api/') || path.startsWith('/staff/');
}

export function securityHeaders(contentType: string | undefined, path = ''): Record<string, string> {
  const bare = path.split('?')[0] ?? '';
  const isHtml = contentType ? contentType.includes('text/html') : bare.endsWith('/') || bare.endsWith('.html');
  // By path, not type: a 304 answer has no Content-Type, yet its headers replace the cached ones.
  const isSearchScript = /^\/pagefind\/[^?]*\.js(\?|$)/.test(path);
  const headers: Record<string, string> = {
    'Content-Security-Policy': isHtml ? pageCsp : isSearchScript ? searchWorkerCsp : baselineCsp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  // Cutting the link to a window that opened us matters where people type personal data: another
  // site cannot then read or redirect the form. Reading pages hold nothing to protect, and the
  // header has a cost there: Chrome gives a site that sends it a fresh process of its own (on
  // Android too), which Lighthouse measured as 200 to 300 ms of blocking time on a cold start
  // even for a one-line page. So reading pages load as fast as the phone allows.
  if (takesPersonalData(bare)) headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  return headers;
}

/**
 * Font files and font stylesheets carry a fingerprint of their content in their name
 * (src/fonts/font-files.ts), so they never change: a phone keeps them a year without asking the
 * server again. Other files keep the default (check each time: pages must never be out of date).
 */
export function cacheControl(path = ''): string | undefined {
  const bare = path.split('?')[0] ?? '';
  return /^\/fonts\/[^/]+\.[0-9a-f]{10}\.(?:woff2|css)$/.test(bare) ? 'public, max-age=31536000, immutable' : undefined;
}
