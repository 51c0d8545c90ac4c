// The friendly editor's settings (Keystatic): which files it edits and the form for each.
// It runs with `npm run editor` only. See CONTRIBUTING.md and docs/coproduction.md.
import { collection, config, fields, singleton, type Collection, type Singleton } from '@keystatic/core';
import { languages } from './src/i18n/languages.ts';
import {
  bodyField, contactsField, glossarySourceField, keywordsField, orderField, reviewFields, sourcesField,
  summaryField, titleField, topicField, translationField, variantField, wordListField,
} from './src/editor/fields.ts';

type AnyCollection = Collection<Record<string, any>, string>;
type AnySingleton = Singleton<Record<string, any>>;

/**
 * Local mode writes files on this computer. GitHub mode (set PUBLIC_EDITOR_GITHUB_REPO to
 * "owner/name") turns each change into a branch and a pull request instead.
 */
const githubRepo = import.meta.env.PUBLIC_EDITOR_GITHUB_REPO as string | undefined;
const storage = githubRepo
  ? { kind: 'github' as const, repo: githubRepo as `${string}/${string}`, branchPrefix: 'editor/' }
  : { kind: 'local' as const };

function advicePages(lang: string, name: string, variant: 'plain' | 'easy-read'): AnyCollection {
  const file = `${lang}${variant === 'easy-read' ? '.easy-read' : ''}`;
  const translated = lang !== 'en';
  return collection({
    label: `${translated ? `${name}: ` : ''}Advice pages${variant === 'easy-read' ? ' (easy read)' : translated ? '' : ' (plain English)'}`,
    path: `content/advice/*/${file}`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    columns: ['title', 'reviewDue'],
    schema: {
      title: titleField('this page', translated),
      summary: summaryField(),
      topic: topicField(),
      keywords: keywordsField(),
      ...reviewFields(),
      sources: sourcesField(),
      coProducedWith: wordListField('Written or checked with', 'The group or groups who wrote or checked the words with us, for example Making it Real group.'),
      contacts: contactsField(),
      variant: variantField(variant),
      order: orderField(),
      noGlossaryLinks: wordListField('Words not to link', 'Words the automatic jargon buster links should leave alone on this page.'),
      ...(translated ? { translation: translationField() } : {}),
      body: bodyField(),
    },
  });
}

function helpPages(lang: string, name: string): AnyCollection {
  const translated = lang !== 'en';
  return collection({
    label: `${translated ? `${name}: ` : ''}Help pages`,
    path: `content/pages/*/${lang}`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    columns: ['title', 'reviewDue'],
    schema: {
      title: titleField('this page', translated),
      summary: summaryField(),
      keywords: keywordsField(),
      ...reviewFields(),
      contacts: contactsField(),
      order: orderField(),
      inFooter: fields.checkbox({ label: 'Show in the footer of every page', defaultValue: false }),
      ...(translated ? { translation: translationField() } : {}),
      body: bodyField(),
    },
  });
}

function glossary(lang: string, name: string): AnySingleton {
  const translated = lang !== 'en';
  return singleton({
    label: `${translated ? `${name}: ` : ''}Jargon buster`,
    path: `content/glossary/${lang}`,
    format: { data: 'yaml' },
    schema: {
      ...(translated ? { translation: translationField() } : {}),
      terms: fields.array(
        fields.object({
          id: fields.text({ label: 'Id', description: 'The same in every language, for example needs-assessment.', validation: { length: { min: 1 } } }),
          term: fields.text({ label: 'Word or phrase', description: 'As the pages write it.', validation: { length: { min: 1 } } }),
          also: wordListField('Other forms', 'Other ways pages write it (plural, abbreviation). These link here too.'),
          synonyms: wordListField('Everyday words', 'Words people search with. They are found by search, never linked.'),
          definition: fields.text({ label: 'What it means', multiline: true, validation: { length: { min: 10 } } }),
          source: glossarySourceField(),
        }),
        { label: 'Terms', itemLabel: (props) => props.fields.term.value || 'New term' },
      ),
    },
  });
}

/** content/contacts.yaml. Local mode only: GitHub mode cannot read a file that is a list. */
const contacts: AnySingleton = singleton({
  label: 'Team contacts',
  path: 'content/contacts',
  format: { data: 'yaml' },
  schema: {
    contacts: fields.array(
      fields.object({
        id: fields.text({ label: 'Id', description: 'Short name pages use, for example adult-social-care.', validation: { length: { min: 1 } } }),
        name: fields.text({ label: 'Team name', description: 'As people would know it. Teams only: never a named person.' }),
        phone: fields.text({ label: 'Phone', description: 'As people dial it, with spaces: 0116 454 1000.' }),
        email: fields.text({ label: 'Email', description: 'A team address, never a person’s own.' }),
        website: fields.url({ label: 'Website' }),
        hours: fields.text({ label: 'Opening hours' }),
        confirmed: fields.checkbox({ label: 'Checked against the source documents', defaultValue: false }),
        source: fields.text({ label: 'Where the details come from', validation: { length: { min: 3 } } }),
      }),
      { label: 'Contacts', itemLabel: (props) => props.fields.name.value || 'New contact' },
    ),
  },
});

const collections: Record<string, AnyCollection> = {};
const singletons: Record<string, AnySingleton> = {};
const navigation: Record<string, string[]> = {};

for (const { code, englishName, name } of languages) {
  const label = code === 'en' ? 'English' : `${englishName} (${name})`;
  collections[`advice-${code}`] = advicePages(code, englishName, 'plain');
  collections[`advice-${code}-easy-read`] = advicePages(code, englishName, 'easy-read');
  collections[`pages-${code}`] = helpPages(code, englishName);
  singletons[`glossary-${code}`] = glossary(code, englishName);
  navigation[label] = [`advice-${code}`, `advice-${code}-easy-read`, `pages-${code}`, `glossary-${code}`];
}
if (storage.kind === 'local') {
  singletons.contacts = contacts;
  navigation.English?.push('contacts');
}

export default config({
  storage,
  ui: { brand: { name: 'Leicester care and support: editor' }, navigation },
  collections,
  singletons,
});
