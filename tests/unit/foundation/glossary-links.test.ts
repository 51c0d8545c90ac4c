import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { langOfContentFile, linkGlossaryTerms } from '../../../src/glossary/rehype-glossary-links.ts';
import { loadGlossary } from '../../../src/glossary/load.ts';

const english = loadGlossary('en');
const first = english?.terms[0];
const p = (text: string) => ({ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: text }] });
const tree = (...children: Root['children']): Root => ({ type: 'root', children });

describe('automatic jargon links', () => {
  it('knows a content file’s language', () => {
    expect(langOfContentFile('/x/content/advice/carers/gu.easy-read.mdx')).toBe('gu');
    expect(langOfContentFile('/x/content/pages/privacy/en.mdx')).toBe('en');
    expect(langOfContentFile('/x/src/pages/index.astro')).toBeUndefined();
  });

  it('links the first use of a term only, keeping its case', () => {
    if (!first) throw new Error('the English jargon buster has no terms');
    const word = first.term.charAt(0).toUpperCase() + first.term.slice(1);
    const t = tree(p(`${word} helps. Ask about ${first.term} again.`));
    linkGlossaryTerms(t, 'en');
    const html = toHtml(t);
    expect(html).toContain(`<a href="/jargon-buster/#${first.id}" class="term">${word}</a>`);
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  it('leaves headings, existing links and switched-off words alone', () => {
    if (!first) throw new Error('no terms');
    const heading = { type: 'element' as const, tagName: 'h2', properties: {}, children: [{ type: 'text' as const, value: first.term }] };
    const t = tree(heading, p(`About ${first.term}.`));
    linkGlossaryTerms(t, 'en', [first.term]);
    expect(toHtml(t)).not.toContain('class="term"');
  });

  it('does not link part of a longer word', () => {
    if (!first) throw new Error('no terms');
    const t = tree(p(`x${first.term}y`));
    linkGlossaryTerms(t, 'en');
    expect(toHtml(t)).not.toContain('class="term"');
  });
});

describe('Arabic jargon links', () => {
  const arabic = loadGlossary('ar');
  const term = arabic?.terms.find((t) => !t.term.startsWith('ال') && t.term.length > 3);
  it('find a term with "and", "with" or "the" joined to its front, and link the whole word', () => {
    if (!term) throw new Error('the Arabic jargon buster has no suitable term');
    const t = tree(p(`نتحدث وبال${term.term} اليوم.`));
    linkGlossaryTerms(t, 'ar');
    expect(toHtml(t)).toContain(`class="term">وبال${term.term}</a>`);
  });
});
