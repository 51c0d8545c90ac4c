/**
 * The same-origin check for the submissions API. Astro's own check covers HTML form
 * posts; a JSON post needs its own. A browser always sends Origin with a POST, so a
 * request without one (or from another site) is refused.
 */
export function isSameOrigin(request: Request, extraOrigins: readonly string[] = []): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const own = new URL(request.url).origin;
  return origin === own || extraOrigins.includes(origin);
}

/** SITE_URL (the public address behind a proxy) also counts as this site. */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const out: string[] = [];
  for (const value of [env.SITE_URL, ...(env.ALLOWED_ORIGINS ?? '').split(',')]) {
    if (!value?.trim()) continue;
    try {
      out.push(new URL(value.trim()).origin);
    } catch {
      // A mistyped address is ignored rather than taking the service down.
    }
  }
  return out;
}
