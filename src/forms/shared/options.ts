import type { Option } from '../engine/types.ts';

export const YES_NO = ['yes', 'no'] as const;

/** Yes and no with the shared labels, optionally revealing questions under one of them. */
export function yesNoOptions(reveals?: { on: 'yes' | 'no'; questions: Option['reveals'] }): Option[] {
  return YES_NO.map((value) => ({
    value,
    label: `common.${value}`,
    ...(reveals && reveals.on === value ? { reveals: reveals.questions ?? [] } : {}),
  }));
}

/** Options whose labels follow `<question>.option.<value>`. */
export const plainOptions = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
