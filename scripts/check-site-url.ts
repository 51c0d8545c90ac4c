// `npm run build:production` runs this first: a build for the public must know its own address.
import { siteUrlProblem } from '../src/sharing/site-url.ts';

const problem = siteUrlProblem(process.env.SITE_URL);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
process.stdout.write(`Building for ${process.env.SITE_URL}\n`);
