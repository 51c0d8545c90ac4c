// `npm run new:page -- <slug>`: starts a new advice page, plain English and easy read, with
// the frontmatter filled in so far as it can be. The checks fail until the TODOs are written.
import path from 'node:path';
import { fromRoot } from '../src/config/root.ts';
import { createNewPage, slugProblem } from '../src/editor/new-page.ts';

const slug = process.argv[2];
const contentRoot = fromRoot('content');
const problem = slugProblem(slug, contentRoot);
if (problem || !slug) {
  console.error(problem);
  process.exit(1);
}
const files = createNewPage(slug, contentRoot);
console.log(`New page started: /${slug}/`);
for (const f of files) console.log(`  ${path.join('content', f)}`);
console.log(`
Next:
  1. Fill in every TODO: the title, the summary, where the facts come from, and the words.
  2. Run npm run lint:content (or npm run content:report) until it finds no problems.
  3. Open a pull request. The co-production group and the council's web team will review it.`);
