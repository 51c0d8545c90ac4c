import type { Condition, FormDefinition, Question, RawAnswers, Section } from './types.ts';

/** A question with everything that decides whether it is asked. */
export interface PlacedQuestion {
  question: Question;
  section: Section;
  /** Conditions that must all hold: the section's, then each option that reveals it. */
  conditions: Condition[];
}

/** Every question in page order, revealed ones straight after the option that reveals them. */
export function placedQuestions(def: FormDefinition): PlacedQuestion[] {
  const out: PlacedQuestion[] = [];
  const visit = (question: Question, section: Section, conditions: Condition[]) => {
    out.push({ question, section, conditions });
    if (question.kind === 'radios' || question.kind === 'checkboxes') {
      for (const option of question.options) {
        for (const child of option.reveals ?? []) {
          visit(child, section, [...conditions, { field: question.id, is: [option.value] }]);
        }
      }
    }
  };
  for (const section of def.sections) {
    for (const q of section.questions) visit(q, section, section.when ? [section.when] : []);
  }
  return out;
}

export function findQuestion(def: FormDefinition, id: string): PlacedQuestion | undefined {
  return placedQuestions(def).find((p) => p.question.id === id);
}

/** The names of the inputs a question sends. */
export function inputNames(question: Question): string[] {
  return question.kind === 'date' ? ['day', 'month', 'year'].map((p) => `${question.id}-${p}`) : [question.id];
}

export function holds(condition: Condition, raw: RawAnswers): boolean {
  const value = raw[condition.field];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.some((v) => condition.is.includes(v));
}

/** Asked now: its section applies and every option that reveals it is chosen. */
export function isAsked(placed: PlacedQuestion, raw: RawAnswers): boolean {
  return placed.conditions.every((c) => holds(c, raw));
}

export function sectionApplies(section: Section, raw: RawAnswers): boolean {
  return !section.when || holds(section.when, raw);
}

/**
 * Marked "(optional)" on the page: the schema lets it be empty and nothing reveals it. A
 * revealed question is optional in the schema's shape but required once it is shown.
 */
export function isOptional(def: FormDefinition, placed: PlacedQuestion): boolean {
  if (placed.conditions.length) return false;
  const shape = (def.schema as unknown as { _zod?: { def?: { shape?: Record<string, { _zod?: { optin?: string } }> } } })._zod?.def?.shape;
  return shape?.[placed.question.id]?._zod?.optin === 'optional';
}
