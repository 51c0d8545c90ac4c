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

export function securityHeaders(contentType: string | undefined): Record<string, string> {
  const isHtml = (contentType ?? '').includes('text/html');
  return {
    'Content-Security-Policy': isHtml ? pageCsp : baselineCsp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
