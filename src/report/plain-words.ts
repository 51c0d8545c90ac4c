import type { Problem } from '../lint/rules.ts';

/**
 * The lint's frontmatter messages carry the schema library's own wording ("Too small:
 * expected string to have >=3 characters"). The report says the same thing in everyday
 * words. Only the wording changes: which problems there are is the lint's decision.
 */
const rewrites: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Too small: expected string to have >=1 characters?/, () => 'it is empty. Write something here'],
  [/Too small: expected string to have >=(\d+) characters?/, (m) => `it is too short or empty. Write at least ${m[1]} letters`],
  [/Too big: expected string to have <=(\d+) characters?/, (m) => `it is too long. Use ${m[1]} letters or fewer`],
  [/Too small: expected array to have >=1 items?/, () => 'it needs at least one'],
  [/Invalid option: expected one of (.+)$/, (m) => `it must be one of these: ${m[1]!.split('|').map((o) => o.replace(/"/g, '')).join(', ')}`],
  [/Invalid input: expected \w+, received undefined/, () => 'it is missing'],
  [/Invalid input: expected date, received Date/, () => 'it is not a real date. Write it like 2027-05-20'],
  [/Invalid input: expected (\w+), received (\w+)/, (m) => `it should be a ${m[1]} but it is a ${m[2]}`],
];

export function plainMessage(problem: Problem): Problem {
  if (problem.rule === 'abbreviation' && problem.message.startsWith('"TODO"')) {
    return { ...problem, message: 'This line still says TODO.', fix: 'Write the real words here, then take out the TODO.' };
  }
  const parts = /^(The field "[^"]*" is not right): (.*?)\.?$/.exec(problem.message);
  if (problem.rule !== 'frontmatter' || !parts) return problem;
  for (const [pattern, say] of rewrites) {
    const found = pattern.exec(parts[2] ?? '');
    if (found) return { ...problem, message: `${parts[1]}: ${say(found)}.` };
  }
  return problem;
}
