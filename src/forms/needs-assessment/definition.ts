import type { FormDefinition } from '../engine/types.ts';
import { contactSection } from '../shared/contact.ts';
import { CARE_ACT_OUTCOMES } from '../shared/care-act-outcomes.ts';
import { yesNoOptions } from '../shared/options.ts';
import { needsAssessmentSchema } from './schema.ts';

export const needsAssessment = {
  id: 'needs-assessment',
  kind: 'ask',
  text: 'needs',
  schema: needsAssessmentSchema,
  strings: ['needs.', 'contact.', 'areas.'],
  sections: [
    {
      id: 'who',
      text: 'needs.section.who',
      questions: [
        { id: 'who', text: 'needs.who', kind: 'radios', options: [{ value: 'myself' }, { value: 'someone-else' }] },
      ],
    },
    {
      id: 'referrer',
      text: 'needs.section.referrer',
      intro: true,
      when: { field: 'who', is: ['someone-else'] },
      questions: [
        { id: 'referrerName', text: 'needs.referrerName', kind: 'text', autocomplete: 'name', width: 'long', spellcheck: false },
        { id: 'referrerRelationship', text: 'needs.referrerRelationship', kind: 'text', hint: true, width: 'medium' },
        { id: 'referrerPhone', text: 'needs.referrerPhone', kind: 'text', type: 'tel', autocomplete: 'tel', inputmode: 'tel', width: 'medium', spellcheck: false, ltr: true },
        {
          id: 'agreement',
          text: 'needs.agreement',
          kind: 'radios',
          hint: true,
          options: [
            { value: 'yes' },
            { value: 'could-not-ask', reveals: [{ id: 'noAgreementReason', text: 'needs.noAgreementReason', kind: 'textarea', rows: 3 }] },
          ],
        },
      ],
    },
    {
      id: 'person',
      text: 'needs.section.person',
      questions: [
        { id: 'name', text: 'needs.name', kind: 'text', width: 'long', spellcheck: false },
        { id: 'dateOfBirth', text: 'needs.dateOfBirth', kind: 'date', hint: true },
        { id: 'address', text: 'needs.address', kind: 'textarea', rows: 3 },
        { id: 'postcode', text: 'needs.postcode', kind: 'text', width: 'short', spellcheck: false, ltr: true },
      ],
    },
    {
      id: 'needs',
      text: 'needs.section.needs',
      questions: [
        {
          id: 'areas',
          text: 'needs.areas',
          kind: 'checkboxes',
          hint: true,
          options: CARE_ACT_OUTCOMES.map((value) => ({ value, label: `areas.${value}` })),
        },
        { id: 'needsDescription', text: 'needs.needsDescription', kind: 'textarea', hint: true, rows: 6 },
        {
          id: 'urgent',
          text: 'needs.urgent',
          kind: 'radios',
          hint: true,
          inline: false,
          options: yesNoOptions({ on: 'yes', questions: [{ id: 'urgentDetails', text: 'needs.urgentDetails', kind: 'textarea', rows: 3 }] }),
        },
      ],
    },
    contactSection,
  ],
} as const satisfies FormDefinition;
