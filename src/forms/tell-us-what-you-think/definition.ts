import type { FormDefinition } from '../engine/types.ts';
import { contactSection } from '../shared/contact.ts';
import { plainOptions, yesNoOptions } from '../shared/options.ts';
import { KINDS, tellUsSchema } from './schema.ts';

const replying = { field: 'reply', is: ['yes'] };

export const tellUsWhatYouThink = {
  id: 'tell-us-what-you-think',
  kind: 'ask',
  text: 'tell',
  schema: tellUsSchema,
  strings: ['tell.', 'contact.'],
  sections: [
    {
      id: 'feedback',
      text: 'tell.section.feedback',
      questions: [
        {
          id: 'kind',
          text: 'tell.kind',
          kind: 'radios',
          options: plainOptions(KINDS).map((o) =>
            o.value === 'complaint' ? { ...o, reveals: [{ id: 'putRight', text: 'tell.putRight', kind: 'textarea', hint: true, rows: 4 }] } : o,
          ),
        },
        { id: 'about', text: 'tell.about', kind: 'text', hint: true, width: 'long' },
        { id: 'whatHappened', text: 'tell.whatHappened', kind: 'textarea', hint: true, rows: 6 },
      ],
    },
    {
      id: 'reply',
      text: 'tell.section.reply',
      questions: [{ id: 'reply', text: 'tell.reply', kind: 'radios', hint: true, inline: true, options: yesNoOptions() }],
    },
    {
      id: 'you',
      text: 'tell.section.you',
      intro: true,
      when: replying,
      questions: [
        { id: 'name', text: 'tell.name', kind: 'text', autocomplete: 'name', width: 'long', spellcheck: false },
        { id: 'address', text: 'tell.address', kind: 'textarea', hint: true, rows: 3 },
        { id: 'postcode', text: 'tell.postcode', kind: 'text', hint: true, autocomplete: 'postal-code', width: 'short', spellcheck: false, ltr: true },
      ],
    },
    // The shared contact questions, with words that say they are only for a reply.
    { ...contactSection, text: 'tell.section.contact', when: replying },
  ],
} as const satisfies FormDefinition;
