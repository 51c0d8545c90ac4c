/**
 * The portal's public address: short links, QR codes, canonical and hreflang links are written
 * with it into every page, so a production build must know it. Undefined when it is fine.
 */
export function siteUrlProblem(value: string | undefined): string | undefined {
  const site = value?.trim();
  if (!site) return 'SITE_URL is not set. A production build writes the portal\'s public address into every page (short links, QR codes, canonical links). Set it, for example SITE_URL=https://care.leicester.gov.uk, and build again.';
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return `SITE_URL "${site}" is not an address. Set it like https://care.leicester.gov.uk.`;
  }
  if (url.protocol !== 'https:') return `SITE_URL "${site}" must start with https:// for a production build.`;
  if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return `SITE_URL "${site}" is this machine's own address: residents cannot open it.`;
  if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL "${site}" must be the address of the site's root, with nothing after the name.`;
  return undefined;
}
