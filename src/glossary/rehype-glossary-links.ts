import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { localizedPath } from '../routing/paths.ts';
import { isLangCode, type LangCode } from '../i18n/languages.ts';
import { loadGlossary } from './load.ts';

/** Inside these, words are left alone: links can't nest, and headings and code stay plain. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'button', 'script', 'style']);

/** Letters some languages join to the front of a word, as an optional regex group. */
const proclitics: Partial<Record<LangCode, string>> = { ar: '(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?|[وف])?' };

interface Matcher {
  regex: RegExp;
  idOf: Map<string, string>;
}
const matchers = new Map<string, Matcher | null>();

/** One regular expression per language, longest phrases first, built once per build. */
export function matcherFor(lang: LangCode): Matcher | null {
  if (!matchers.has(lang)) {
    const glossary = loadGlossary(lang);
    if (!glossary) {
      matchers.set(lang, null);
    } else {
      const idOf = new Map<string, string>();
      for (const t of glossary.terms) for (const form of [t.term, ...t.also]) idOf.set(form.toLocaleLowerCase(lang), t.id);
      const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      // Letters and combining marks count as word characters in every script (Gujarati vowel signs are marks).
      // Arabic joins "and", "with", "for" and "the" to the next word (والرعاية, بالرعاية, للرعاية),
      // so a term may start after one of those.
      const prefix = proclitics[lang] ?? '';
      const regex = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${prefix})(${forms.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
      matchers.set(lang, { regex, idOf });
    }
  }
  return matchers.get(lang) ?? null;
}

/** `content/advice/carers/gu.easy-read.mdx` -> 'gu'. */
export function langOfContentFile(path: string | undefined): LangCode | undefined {
  const m = /content\/(?:advice|pages)\/[^/]+\/([a-z]{2})(?:\.easy-read)?\.mdx$/.exec((path ?? '').replaceAll('\\', '/'));
  const code = m?.[1];
  return isLangCode(code) ? code : undefined;
}

/**
 * Links the first use of each jargon buster term on a page to its explanation, at build
 * time. A page can leave words alone with `noGlossaryLinks: [word]` in its frontmatter.
 */
export function linkGlossaryTerms(tree: Root, lang: LangCode, skipTerms: string[] = []): void {
  const matcher = matcherFor(lang);
  if (!matcher) return;
  const skipIds = new Set(skipTerms.map((s) => matcher.idOf.get(s.toLocaleLowerCase(lang))).filter(Boolean));
  const linked = new Set<string>(skipIds as Set<string>);
  const href = localizedPath(lang, 'jargon-buster');

  const visit = (parent: Root | Element) => {
    const next: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) visit(child);
        next.push(child);
      } else if (child.type === 'text') {
        next.push(...splitText(child));
      } else {
        next.push(child);
      }
    }
    parent.children = next as typeof parent.children;
  };

  const splitText = (node: Text): ElementContent[] => {
    const out: ElementContent[] = [];
    let last = 0;
    const text = node.value;
    matcher.regex.lastIndex = 0;
    for (const m of text.matchAll(matcher.regex)) {
      const id = matcher.idOf.get((m[2] ?? '').toLocaleLowerCase(lang));
      if (!id || linked.has(id)) continue;
      linked.add(id);
      const at = m.index ?? 0;
      if (at > last) out.push({ type: 'text', value: text.slice(last, at) });
      out.push({ type: 'element', tagName: 'a', properties: { href: `${href}#${id}`, className: ['term'] }, children: [{ type: 'text', value: m[0] }] });
      last = at + m[0].length;
    }
    if (last === 0) return [node];
    if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
    return out;
  };

  visit(tree);
}

/** The rehype plugin for astro.config.mjs. */
export default function rehypeGlossaryLinks() {
  return (tree: Root, file: { path?: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const lang = langOfContentFile(file.path);
    if (!lang) return;
    const skip = file.data?.astro?.frontmatter?.noGlossaryLinks;
    linkGlossaryTerms(tree, lang, Array.isArray(skip) ? skip.map(String) : []);
  };
}
