import path from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { freePort } from './free-port.ts';

export interface BrokenLink {
  /** URL path of the page (or stylesheet) the reference is on. */
  from: string;
  /** The reference, as a URL path on the site. */
  to: string;
  reason: string;
}

export interface LinkReport {
  /** Distinct same-site URLs checked (pages, assets, fragments). */
  checked: number;
  broken: BrokenLink[];
}

/**
 * Checks every same-site link and asset on every built page with linkinator, which serves
 * the folder on loopback: every HTML and CSS file is a starting point (so a page no link leads
 * to is still checked), stylesheets are read for their url()s (fonts), `#fragments` must name
 * an element on the target page, and a link that only works through a redirect (a missing
 * trailing slash) counts as broken. Links to other sites are not fetched: there is no network
 * here, and a resident's browser, not this check, is what follows them.
 */
/**
 * Pages the server makes on request, so no file is built for them: the links are real, and the
 * service and end-to-end tests open them on the running server instead.
 */
export const ON_DEMAND_PAGES: RegExp[] = [/^\/(?:[a-z]{2}\/)?ask\/progress\/(?:\?.*)?$/, /^\/s\/[2-9A-HJKMNP-RTW-Z]{5}\/$/];

const onDemand = (link: string, origin: string): boolean => {
  if (!link.startsWith(`${origin}/`)) return false;
  const pathAndQuery = link.slice(origin.length);
  return ON_DEMAND_PAGES.some((p) => p.test(pathAndQuery));
};

export async function checkBuiltLinks(root: string, options: { site?: string } = {}): Promise<LinkReport> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Absolute links to the site's own address (hreflang alternates) are checked against the folder too.
  const site = options.site ? new URL(options.site).origin : undefined;
  const result = await new LinkChecker().check({
    // Stylesheets are starting points too: without recursion linkinator reads url()s only in
    // the files it starts from, and the fonts are referenced from CSS.
    path: ['**/*.html', '**/*.css'],
    serverRoot: root,
    port,
    recurse: false,
    checkCss: true,
    checkFragments: true,
    redirects: 'error',
    concurrency: 16,
    // linkinator applies skip rules before rewriting, so the site's own address is kept here too.
    linksToSkip: async (link) =>
      (!link.startsWith(`${origin}/`) && !(site && link.startsWith(`${site}/`))) || onDemand(link, origin) || Boolean(site && onDemand(link, site)),
    ...(site ? { urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(site)}(?=/|$)`), replacement: origin }] } : {}),
  });
  const toUrl = (shown: string | undefined) => siteUrl(shown ?? '', root, origin);
  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED).length;
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({ from: toUrl(l.parent), to: toUrl(l.url), reason: reasonFor(l) }));
  return { checked, broken };
}

/** linkinator names local files by their path under the served folder; show them as URLs. */
function siteUrl(shown: string, root: string, origin: string): string {
  if (shown.startsWith(origin)) return shown.slice(origin.length) || '/';
  const rel = path.relative(path.resolve(root), path.resolve(root, shown)).split(path.sep).join('/');
  const trailing = shown.endsWith('/') && rel ? '/' : '';
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}${trailing}`;
}

function reasonFor(l: LinkResult): string {
  if (l.status === 200 && l.url.includes('#')) return `no element with id "${decodeURIComponent(l.url.split('#')[1] ?? '')}" on that page`;
  if (l.status && l.status >= 300 && l.status < 400) return `redirects (status ${l.status}): link to the final address, ending in /`;
  if (l.status === 404) return 'no such file was built';
  return l.status ? `status ${l.status}` : 'could not be fetched';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
