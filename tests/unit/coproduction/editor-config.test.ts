import { describe, expect, it, vi } from 'vitest';
import { adviceSchema, helpPageSchema, translationSchema } from '../../../src/content/schema.ts';
import { glossaryTermSchema } from '../../../src/glossary/schema.ts';
import { contactSchema, contacts } from '../../../src/config/contacts.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { mdxComponentNames } from '../../../src/components/mdx/names.ts';
import { editorChoices } from '../../../src/editor/choices.ts';

// The zod schemas say what a page may hold; the editor's forms must offer exactly that.
// In the editor the lists arrive from the server (see src/editor/integration.ts); here
// they come straight from the same function.
vi.mock('virtual:portal-editor-choices', async () => ({ default: (await import('../../../src/editor/choices.ts')).editorChoices() }));
const { default: config } = await import('../../../keystatic.config.ts');
const { mdxComponents } = await import('../../../src/editor/fields.ts');

const fieldsOf = (schema: Record<string, unknown>) => Object.keys(schema).filter((k) => k !== 'body').sort();
const keysOf = (shape: Record<string, unknown>) => Object.keys(shape).sort();

describe('the editor’s forms follow the zod schemas', () => {
  it('has a form for each language: advice pages in both versions, help pages, jargon buster', () => {
    for (const { code } of languages) {
      const file = (variant: string) => config.collections?.[`advice-${code}${variant}`]?.path;
      expect(file('')).toBe(`content/advice/*/${code}`);
      expect(file('-easy-read')).toBe(`content/advice/*/${code}.easy-read`);
      expect(config.collections?.[`pages-${code}`]?.path).toBe(`content/pages/*/${code}`);
      expect(config.singletons?.[`glossary-${code}`]?.path).toBe(`content/glossary/${code}`);
    }
    expect(config.singletons?.contacts?.path).toBe('content/contacts');
    expect(config.storage.kind).toBe('local');
  });

  it('asks for every advice page field, and the translation block on translations only', () => {
    const advice = keysOf(adviceSchema.shape);
    expect(fieldsOf(config.collections!['advice-en']!.schema)).toEqual(advice.filter((k) => k !== 'translation'));
    expect(fieldsOf(config.collections!['advice-gu-easy-read']!.schema)).toEqual(advice);
    const help = keysOf(helpPageSchema.shape);
    expect(fieldsOf(config.collections!['pages-en']!.schema)).toEqual(help.filter((k) => k !== 'translation'));
    expect(fieldsOf(config.collections!['pages-ar']!.schema)).toEqual(help);
    const translation = config.collections!['advice-ur']!.schema.translation as { fields: Record<string, unknown> };
    expect(keysOf(translation.fields)).toEqual(keysOf(translationSchema.shape));
  });

  it('asks for every jargon buster and contact field', () => {
    const terms = config.singletons!['glossary-en']!.schema.terms as { element: { fields: Record<string, unknown> } };
    expect(keysOf(terms.element.fields)).toEqual(keysOf(glossaryTermSchema.shape));
    const list = config.singletons!.contacts!.schema.contacts as { element: { fields: Record<string, unknown> } };
    expect(keysOf(list.element.fields)).toEqual(keysOf(contactSchema.shape));
  });

  it('offers the tags pages may use, and <bdi> for right-to-left pages', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...mdxComponentNames, 'bdi'].sort());
  });

  it('offers the topics, sources and contacts the schemas allow', () => {
    const choices = editorChoices();
    expect(choices.topics.map((t) => t.value)).toEqual(adviceSchema.shape.topic.options);
    expect(choices.contacts.map((c) => c.value)).toEqual(contacts.map((c) => c.id));
    expect(choices.sources.map((s) => s.value)).toEqual(adviceSchema.shape.sources.element.shape.doc.options);
    expect(choices.topics.every((t) => t.label !== t.value)).toBe(true);
  });
});

describe('the editor stays out of the public site', () => {
  it('refuses to be part of a build', async () => {
    const { editorIntegrations } = await import('../../../src/editor/integration.ts');
    const editor = editorIntegrations().find((i) => i.name === 'portal-editor');
    const setup = editor?.hooks['astro:config:setup'] as ((options: unknown) => void) | undefined;
    expect(() => setup?.({ command: 'build', injectRoute: () => {}, updateConfig: () => {}, config: { root: new URL('file:///tmp/') } })).toThrow(/must never be part of the public site/);
  });
});
