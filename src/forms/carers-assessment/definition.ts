import type { FormDefinition } from '../engine/types.ts';
import { contactSection } from '../shared/contact.ts';
import { plainOptions, yesNoOptions } from '../shared/options.ts';
import { carersAssessmentSchema, CONTINUE, HAS_SUPPORT, HOURS, IMPACTS, TASKS } from './schema.ts';

export const carersAssessment = {
  id: 'carers-assessment',
  kind: 'ask',
  text: 'carers',
  schema: carersAssessmentSchema,
  strings: ['carers.', 'contact.'],
  sections: [
    {
      id: 'you',
      text: 'carers.section.you',
      questions: [
        { id: 'name', text: 'carers.name', kind: 'text', autocomplete: 'name', width: 'long', spellcheck: false },
        { id: 'address', text: 'carers.address', kind: 'textarea', rows: 3 },
        { id: 'postcode', text: 'carers.postcode', kind: 'text', autocomplete: 'postal-code', width: 'short', spellcheck: false, ltr: true },
      ],
    },
    {
      id: 'cared-for',
      text: 'carers.section.caredFor',
      questions: [
        { id: 'caredForName', text: 'carers.caredForName', kind: 'text', width: 'long', spellcheck: false },
        { id: 'caredForRelationship', text: 'carers.caredForRelationship', kind: 'text', hint: true, width: 'medium' },
        { id: 'livesWithYou', text: 'carers.livesWithYou', kind: 'radios', inline: true, options: yesNoOptions() },
        { id: 'caredForHasSupport', text: 'carers.caredForHasSupport', kind: 'radios', options: plainOptions(HAS_SUPPORT) },
      ],
    },
    {
      id: 'caring',
      text: 'carers.section.caring',
      questions: [
        { id: 'tasks', text: 'carers.tasks', kind: 'checkboxes', hint: true, options: plainOptions(TASKS) },
        { id: 'hours', text: 'carers.hours', kind: 'radios', options: plainOptions(HOURS) },
        { id: 'caringDescription', text: 'carers.caringDescription', kind: 'textarea', hint: true, rows: 4 },
      ],
    },
    {
      id: 'impact',
      text: 'carers.section.impact',
      questions: [
        { id: 'impacts', text: 'carers.impacts', kind: 'checkboxes', hint: true, options: plainOptions(IMPACTS) },
        { id: 'impactDescription', text: 'carers.impactDescription', kind: 'textarea', hint: true, rows: 6 },
        { id: 'continueCaring', text: 'carers.continueCaring', kind: 'radios', hint: true, options: plainOptions(CONTINUE) },
      ],
    },
    {
      id: 'urgent',
      text: 'carers.section.urgent',
      questions: [
        {
          id: 'urgent',
          text: 'carers.urgent',
          kind: 'radios',
          hint: true,
          options: yesNoOptions({ on: 'yes', questions: [{ id: 'urgentDetails', text: 'carers.urgentDetails', kind: 'textarea', rows: 3 }] }),
        },
      ],
    },
    contactSection,
  ],
} as const satisfies FormDefinition;
