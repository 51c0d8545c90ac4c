import type { FormDefinition, FormKind } from './engine/types.ts';
import { needsAssessment } from './needs-assessment/definition.ts';
import { carersAssessment } from './carers-assessment/definition.ts';
import { couldIGetHelp } from './could-i-get-help/definition.ts';
import { willIHaveToPay } from './will-i-have-to-pay/definition.ts';
import { tellUsWhatYouThink } from './tell-us-what-you-think/definition.ts';

/** Every form the portal has. A new form is a folder under src/forms and one line here. */
export const forms = {
  'needs-assessment': needsAssessment,
  'carers-assessment': carersAssessment,
  'could-i-get-help': couldIGetHelp,
  'will-i-have-to-pay': willIHaveToPay,
  'tell-us-what-you-think': tellUsWhatYouThink,
} as const;

export type FormId = keyof typeof forms;

export const formIds = Object.keys(forms) as FormId[];

export function isFormId(value: unknown): value is FormId {
  return typeof value === 'string' && Object.hasOwn(forms, value);
}

/** A form by kind and slug, or undefined (the page answers 404). */
export function getForm(kind: FormKind, id: string | undefined): FormDefinition | undefined {
  if (!isFormId(id)) return undefined;
  const def: FormDefinition = forms[id];
  return def.kind === kind ? def : undefined;
}

export const formsOfKind = (kind: FormKind): FormDefinition[] =>
  Object.values(forms).filter((f: FormDefinition) => f.kind === kind);

/** The forms whose answers are sent to the council (the others are checks that stay in the browser). */
export const referralFormIds = formIds.filter((id) => forms[id].kind === 'ask');
