import { Parser } from 'htmlparser2';

/** What one built page asks the browser to fetch or run, read from its HTML. */
export interface HtmlResources {
  /** `<html lang>`. */
  lang: string | undefined;
  /** The page's kind from BaseLayout's Pagefind filter (`advice`, `easy-read`, `figures`…). */
  kind: string | undefined;
  stylesheets: string[];
  /** Scripts the browser would run: external ones by URL, inline ones by their text. */
  scripts: { src?: string; inline?: string }[];
  /** `<link rel="preload">` and `modulepreload` targets, with what they are. */
  preloads: { href: string; as: string }[];
}

/** Script types a browser executes. JSON data blocks (`application/json`) are not JavaScript. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

export function isExecutableScriptType(type: string | undefined): boolean {
  return JS_TYPES.has((type ?? '').trim().toLowerCase());
}

export function readHtmlResources(html: string): HtmlResources {
  const out: HtmlResources = { lang: undefined, kind: undefined, stylesheets: [], scripts: [], preloads: [] };
  let inScript: { src?: string; inline: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html') out.lang = attrs.lang;
        else if (name === 'link') {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('stylesheet') && attrs.href) out.stylesheets.push(attrs.href);
          if (rel.includes('modulepreload') && attrs.href) out.preloads.push({ href: attrs.href, as: 'script' });
          else if (rel.includes('preload') && attrs.href) out.preloads.push({ href: attrs.href, as: attrs.as ?? '' });
        } else if (name === 'script') {
          inScript = isExecutableScriptType(attrs.type) ? { ...(attrs.src ? { src: attrs.src } : {}), inline: '' } : undefined;
        }
        const filter = attrs['data-pagefind-filter'];
        const kind = filter ? /^kind:(.+)$/.exec(filter)?.[1] : undefined;
        if (kind && !out.kind) out.kind = kind;
      },
      ontext(text) {
        if (inScript) inScript.inline += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !inScript) return;
        out.scripts.push(inScript.src ? { src: inScript.src } : { inline: inScript.inline });
        inScript = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}
