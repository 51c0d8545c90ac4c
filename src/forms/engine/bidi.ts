/**
 * Unicode isolates for text dropped into a sentence in another direction: an English team
 * name or a phone number inside Urdu or Arabic otherwise has its brackets and digit groups
 * reordered ("0116 454 1004" read as "1004 454 0116"). Invisible, and harmless elsewhere.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
export const leftToRight = (text: string): string => `\u2066${text}\u2069`;

/** The {{team}} and {{phone}} values every "phone us" sentence takes. */
export function teamVars(team: { name: string; phone?: string | undefined }): { team: string; phone: string } {
  return { team: isolate(team.name), phone: leftToRight(team.phone ?? '') };
}
