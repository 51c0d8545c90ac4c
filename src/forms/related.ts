import type { FormId } from './registry.ts';

/** The forms an advice page offers, so a reader can act on what they have just read. */
export const formsForPage: Record<string, FormId[]> = {
  'ask-for-help': ['could-i-get-help', 'needs-assessment'],
  'who-can-get-support': ['could-i-get-help', 'needs-assessment'],
  'waiting-for-an-assessment': ['needs-assessment'],
  carers: ['carers-assessment'],
  'paying-for-care': ['will-i-have-to-pay'],
  'direct-payments': ['will-i-have-to-pay'],
  'complaints-and-feedback': ['tell-us-what-you-think'],
};

/** The title key of each form in locales/<code>/forms.json. */
export const formTitleKey: Record<FormId, 'needs.title' | 'carers.title' | 'could.title' | 'pay.title' | 'tell.title'> = {
  'needs-assessment': 'needs.title',
  'carers-assessment': 'carers.title',
  'could-i-get-help': 'could.title',
  'will-i-have-to-pay': 'pay.title',
  'tell-us-what-you-think': 'tell.title',
};
