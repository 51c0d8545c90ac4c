import type { FormDefinition, Question } from '../engine/types.ts';
import { CARE_ACT_OUTCOMES, type CareActOutcome } from '../shared/care-act-outcomes.ts';
import { plainOptions } from '../shared/options.ts';
import { ABILITY, ABILITY_OR_NA, CONDITION, couldIGetHelpSchema, OPTIONAL_OUTCOMES, WELLBEING } from './schema.ts';

/** One question per outcome; the option words are shared so every question reads the same. */
const outcomeQuestion = (id: CareActOutcome): Question => ({
  id,
  text: `could.${id}`,
  kind: 'radios',
  hint: true,
  options: (OPTIONAL_OUTCOMES.includes(id) ? ABILITY_OR_NA : ABILITY).map((value) => ({
    value,
    label: `could.ability.${value}`,
    ...(value === 'not-apply' ? { orBefore: true } : {}),
  })),
});

const pick = (...ids: CareActOutcome[]) => CARE_ACT_OUTCOMES.filter((id) => ids.includes(id)).map(outcomeQuestion);

export const couldIGetHelp = {
  id: 'could-i-get-help',
  kind: 'check',
  text: 'could',
  schema: couldIGetHelpSchema,
  strings: ['could.', 'areas.', 'support.'],
  sections: [
    {
      id: 'condition',
      text: 'could.section.condition',
      questions: [{ id: 'condition', text: 'could.condition', kind: 'radios', hint: true, options: plainOptions(CONDITION) }],
    },
    { id: 'yourself', text: 'could.section.yourself', intro: true, questions: pick('food', 'hygiene', 'toilet', 'dressed') },
    { id: 'home', text: 'could.section.home', questions: pick('home-safety', 'home-habitable') },
    { id: 'life', text: 'could.section.life', questions: pick('relationships', 'work', 'services', 'child') },
    {
      id: 'wellbeing',
      text: 'could.section.wellbeing',
      questions: [{ id: 'wellbeing', text: 'could.wellbeing', kind: 'radios', hint: true, options: plainOptions(WELLBEING) }],
    },
  ],
} as const satisfies FormDefinition;
