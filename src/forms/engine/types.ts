import type * as z from 'zod/mini';

/**
 * What a form is made of. A definition says what to ask and in what order; its zod
 * schema says what a valid answer is. Every visible word is a key in
 * locales/<code>/forms.json, so a definition holds no English.
 */

/** Answers exactly as the browser sends them: one string per input, a list for checkboxes. */
export type RawAnswers = Record<string, string | string[]>;

/** Shown when the answer to `field` is one of `is` (or, for checkboxes, includes one of them). */
export interface Condition {
  field: string;
  is: readonly string[];
}

export interface Option {
  value: string;
  /** Key of a shared label ("common.yes"); otherwise `<question>.option.<value>`. */
  label?: string;
  /** Has a hint under its label: key `<question>.option.<value>.hint`. */
  hint?: boolean;
  /** Questions shown under this option when it is chosen (GOV.UK conditional reveal). */
  reveals?: Question[];
  /** A label that is not translated, such as a language's own name, with its language. */
  literal?: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  /** Draw "or" before this option (it means none of the others). */
  orBefore?: boolean;
}

interface QuestionBase {
  /** Input name and the key of the answer in the schema. Unique in the form. */
  id: string;
  /** Base translation key: `<text>.label`, `<text>.hint`, `<text>.option.<value>`. */
  text: string;
  hint?: boolean;
  /** The label is the page's only question (GOV.UK: label or legend as the heading). */
  heading?: boolean;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'radios' | 'checkboxes';
  options: readonly Option[];
  /** Two short options side by side, such as yes and no. */
  inline?: boolean;
}

export interface SelectQuestion extends QuestionBase {
  kind: 'select';
  options: readonly Option[];
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  width?: 'short' | 'medium' | 'long';
  /** Shown before the box, such as a pound sign. */
  prefix?: string;
  /** Always left to right, even on an Urdu or Arabic page: phone numbers, emails, postcodes, money. */
  ltr?: boolean;
  spellcheck?: boolean;
}

export interface TextareaQuestion extends QuestionBase {
  kind: 'textarea';
  rows?: number;
}

export interface DateQuestion extends QuestionBase {
  kind: 'date';
  autocomplete?: 'bday';
}

export type Question = ChoiceQuestion | SelectQuestion | TextQuestion | TextareaQuestion | DateQuestion;

export interface Section {
  id: string;
  /** Base key: `<text>.title`, and `<text>.intro` when `intro` is true. */
  text: string;
  intro?: boolean;
  /** The whole section applies only when this holds, such as "asking for someone else". */
  when?: Condition;
  questions: readonly Question[];
}

export type FormKind = 'ask' | 'check';

export interface FormDefinition<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Also the URL slug: /ask/<id>/ or /check/<id>/. */
  id: string;
  kind: FormKind;
  /** Base key of the form's own words: `<text>.title`, `<text>.intro`… */
  text: string;
  sections: readonly Section[];
  schema: S;
  /** Key prefixes in forms.json this form's pages use (sent to the browser for its script). */
  strings: readonly string[];
}

/** One problem with one answer, as a translation key with its values. */
export interface FieldError {
  /** Question id. */
  field: string;
  /** Id of the input the error summary link moves to. */
  anchor: string;
  key: string;
  params?: Record<string, string | number>;
}
