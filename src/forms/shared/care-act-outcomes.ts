/**
 * The ten outcomes in the Care and Support (Eligibility Criteria) Regulations 2015. The
 * words people see are in forms.json under `areas.<id>`: plain names, not the legal ones.
 */
export const CARE_ACT_OUTCOMES = [
  'food', // managing and maintaining nutrition
  'hygiene', // maintaining personal hygiene
  'toilet', // managing toilet needs
  'dressed', // being appropriately clothed
  'home-safety', // being able to make use of the home safely
  'home-habitable', // maintaining a habitable home environment
  'relationships', // developing and maintaining family or other personal relationships
  'work', // accessing and engaging in work, training, education or volunteering
  'services', // making use of necessary facilities or services in the local community
  'child', // carrying out any caring responsibilities for a child
] as const;

export type CareActOutcome = (typeof CARE_ACT_OUTCOMES)[number];
