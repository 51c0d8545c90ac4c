// The editor's forms, field by field, in the words of content/README.md. This file runs in
// the browser: it may import only modules that read no files (the lists that come from
// files arrive through 'virtual:portal-editor-choices').
import { createElement } from 'react';
import { fields } from '@keystatic/core';
import { mark, wrapper } from '@keystatic/core/content-components';
import choices from 'virtual:portal-editor-choices';
import { pictureNames } from '../easy-read/pictures.ts';
import { slugPattern } from './slug.ts';


const icon = (text: string) => createElement('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, text);

/**
 * The tags pages may use (src/components/mdx/names.ts). `<bdi>` keeps an English name or
 * number apart from right-to-left Arabic or Urdu text around it, so both read the right way.
 */
export const mdxComponents = {
  Idea: wrapper({
    label: 'Idea with a picture (easy read)',
    description: 'One idea, with a picture beside it.',
    icon: icon('🖼'),
    schema: {
      picture: fields.select({
        label: 'Picture',
        description: 'The pictures are listed in src/easy-read/pictures.ts.',
        options: pictureNames.map((name) => ({ label: name, value: name })),
        defaultValue: 'help',
      }),
    },
  }),
  WhatNext: wrapper({
    label: 'What to do next',
    description: 'Every advice page ends with this. The heading is added for you.',
    icon: icon('→'),
    schema: {},
  }),
  Important: wrapper({
    label: 'Important',
    description: 'Something nobody must miss, such as "If someone is in danger now, call 999."',
    icon: icon('!'),
    schema: {},
  }),
  bdi: mark({
    label: 'Keep apart (English words inside Arabic or Urdu)',
    icon: icon('⇄'),
    schema: {},
    tag: 'span',
    style: { unicodeBidi: 'isolate' },
  }),
};

export const titleField = (what: string, translation: boolean) =>
  fields.slug({
    name: { label: 'Title', description: `What people would call ${what}.`, validation: { length: { min: 3, max: 90 } } },
    slug: {
      label: 'Folder name (the web address)',
      description: translation
        ? 'Use the same folder name as the English page, for example carers.'
        : 'Lower-case words joined by dashes, for example paying-for-care. It cannot be changed once people link to it.',
      validation: { pattern: { regex: slugPattern, message: 'Use lower-case letters, numbers and dashes only, like paying-for-care.' } },
    },
  });

export const summaryField = () =>
  fields.text({
    label: 'Summary',
    description: 'One or two sentences: what the page is and who it is for.',
    multiline: true,
    validation: { length: { min: 10, max: 300 } },
  });

export const keywordsField = () =>
  fields.array(fields.text({ label: 'Word or phrase' }), {
    label: 'Search words',
    description: 'Everyday words people might search with, including other spellings.',
    itemLabel: (props) => props.value || 'New word',
  });

export const reviewFields = () => ({
  lastReviewed: fields.date({ label: 'Last checked on', description: 'The day the words were last checked.', validation: { isRequired: true } }),
  reviewDue: fields.date({ label: 'Check again by', description: 'Six months after the last check.', validation: { isRequired: true } }),
});

export const sourcesField = () =>
  fields.array(
    fields.object({
      doc: fields.select({ label: 'Document', options: choices.sources, defaultValue: choices.sources[0]?.value ?? '' }),
      section: fields.text({ label: 'Part of the document', description: 'The section, table or page the facts come from.', validation: { length: { min: 1 } } }),
    }),
    {
      label: 'Where the facts come from',
      description: 'Every fact or figure about Leicester comes from one of these documents.',
      itemLabel: (props) => props.fields.section.value || 'New source',
      validation: { length: { min: 1 } },
    },
  );

export const contactsField = () =>
  fields.multiselect({
    label: 'Contacts',
    description: 'Who people can contact. Every page needs at least one.',
    options: choices.contacts,
    defaultValue: ['adult-social-care'],
  });

export const orderField = () => fields.integer({ label: 'Place in lists', description: 'Lower numbers come first.', defaultValue: 100 });

/** The `translation` block: which English text it came from, and whether a reviewer has checked it. */
export const translationField = () =>
  fields.object(
    {
      from: fields.ignored(),
      sourceHash: fields.text({
        label: 'English fingerprint (sourceHash)',
        description:
          'The fingerprint of the English page this was translated from. The check on your pull request prints it. Change it only when the translation matches the English page as it is now.',
        validation: { length: { min: 64, max: 64 } },
      }),
      status: fields.select({
        label: 'Status',
        description: 'Draft until a community reviewer has checked it. Then choose Reviewed and fill in the two fields below.',
        options: [
          { label: 'Draft (not checked yet)', value: 'draft' },
          { label: 'Reviewed (checked by a community reviewer)', value: 'reviewed' },
        ],
        defaultValue: 'draft',
      }),
      reviewedBy: fields.text({ label: 'Reviewed by', description: 'A name or a group, for example "Gujarati community reviewers". Only when reviewed.' }),
      reviewedOn: fields.date({ label: 'Reviewed on', description: 'The day it was checked. Only when reviewed.' }),
    },
    { label: 'Translation' },
  );

export const bodyField = () =>
  fields.mdx({
    label: 'The page',
    description: 'Short sentences and everyday words. Use the + button for the page’s special parts.',
    extension: 'mdx',
    components: mdxComponents,
  });

export const topicField = () =>
  fields.select({ label: 'Group on the home page', options: choices.topics, defaultValue: choices.topics[0]?.value ?? '' });

export const variantField = (variant: 'plain' | 'easy-read') =>
  fields.select({
    label: 'Version',
    description: 'Must match the file: plain English or easy read.',
    options: [
      { label: 'Plain English', value: 'plain' },
      { label: 'Easy read', value: 'easy-read' },
    ],
    defaultValue: variant,
  });

export const wordListField = (label: string, description: string) =>
  fields.array(fields.text({ label: 'Word' }), { label, description, itemLabel: (props) => props.value || 'New word' });

export const glossarySourceField = () =>
  fields.select({ label: 'Where the term comes from', options: choices.glossarySources, defaultValue: 'site' });
