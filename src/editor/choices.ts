import { adviceSchema } from '../content/schema.ts';
import { sourceDocuments } from '../content/sources.ts';
import { glossaryTermSchema } from '../glossary/schema.ts';
import { contacts } from '../config/contacts.ts';
import ui from '../../locales/en/ui.json' with { type: 'json' };

/** A choice in one of the editor's drop-down lists. */
export interface Choice {
  label: string;
  value: string;
}

/** The lists the editor offers, read from the zod schemas and content/contacts.yaml. */
export interface EditorChoices {
  topics: Choice[];
  sources: Choice[];
  contacts: Choice[];
  glossarySources: Choice[];
}

/**
 * The editor runs in the browser, where the schemas cannot be loaded (they read
 * files), so the server works these lists out from the schemas and hands them to
 * the editor. The zod schemas stay the one place the allowed values are written.
 */
export function editorChoices(): EditorChoices {
  return {
    topics: adviceSchema.shape.topic.options.map((value) => ({ value, label: (ui as Record<string, string>)[`topic.${value}`] ?? value })),
    sources: Object.entries(sourceDocuments).map(([value, doc]) => ({ value, label: doc.title })),
    contacts: contacts.map((c) => ({ value: c.id, label: c.name })),
    glossarySources: glossaryTermSchema.shape.source.unwrap().options.map((value) => ({ value, label: value === 'site' ? 'This website' : sourceDocuments[value].title })),
  };
}
