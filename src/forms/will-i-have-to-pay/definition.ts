import type { FormDefinition } from '../engine/types.ts';
import { plainOptions, yesNoOptions } from '../shared/options.ts';
import { SETTING, willIHaveToPaySchema } from './schema.ts';

const pounds = { kind: 'text', inputmode: 'decimal', width: 'medium', prefix: '£', spellcheck: false, ltr: true } as const;

export const willIHaveToPay = {
  id: 'will-i-have-to-pay',
  kind: 'check',
  text: 'pay',
  schema: willIHaveToPaySchema,
  strings: ['pay.', 'support.'],
  sections: [
    {
      id: 'setting',
      text: 'pay.section.setting',
      questions: [{ id: 'setting', text: 'pay.setting', kind: 'radios', options: plainOptions(SETTING).map((o) => ({ ...o, hint: true })) }],
    },
    {
      id: 'savings',
      text: 'pay.section.savings',
      questions: [{ id: 'savings', text: 'pay.savings', hint: true, ...pounds }],
    },
    {
      id: 'home',
      text: 'pay.section.home',
      intro: true,
      when: { field: 'setting', is: ['care-home'] },
      questions: [
        {
          id: 'ownHome',
          text: 'pay.ownHome',
          kind: 'radios',
          hint: true,
          options: yesNoOptions({
            on: 'yes',
            questions: [
              { id: 'partnerStays', text: 'pay.partnerStays', kind: 'radios', hint: true, inline: true, options: yesNoOptions() },
              { id: 'homeValue', text: 'pay.homeValue', hint: true, ...pounds },
            ],
          }),
        },
      ],
    },
    {
      id: 'other-property',
      text: 'pay.section.otherProperty',
      questions: [
        {
          id: 'otherProperty',
          text: 'pay.otherProperty',
          kind: 'radios',
          hint: true,
          options: yesNoOptions({ on: 'yes', questions: [{ id: 'otherPropertyValue', text: 'pay.otherPropertyValue', hint: true, ...pounds }] }),
        },
      ],
    },
  ],
} as const satisfies FormDefinition;
