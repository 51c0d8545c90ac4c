// `npm run lint:content`: checks every page's words and frontmatter. Fails on errors;
// reading levels are printed as advice. `--json` prints the problems for tools.
import { lintContent, loadContent } from '../src/lint/run.ts';

const problems = lintContent(loadContent());
const errors = problems.filter((p) => p.severity === 'error');

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(problems, null, 2));
} else {
  for (const p of problems.filter((p) => p.severity === 'advice')) console.log(`  ${p.file}: ${p.message}`);
  for (const p of errors) console.log(`✗ ${p.file}:${p.line} [${p.rule}] ${p.message}\n    How to fix: ${p.fix}`);
  console.log(errors.length ? `\n${errors.length} problem(s) to fix.` : '\nContent lint: no problems.');
}
process.exit(errors.length ? 1 : 0);
