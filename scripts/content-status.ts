// `npm run content:status`: every page in every language as up to date, stale, draft or
// missing. `--json` for tools; `--hashes` lists the English fingerprints translators copy
// into `sourceHash`. Fails only on broken records.
import { loadContent } from '../src/lint/run.ts';
import { formatStatusTables, translationStatus } from '../src/content/status.ts';
import { glossaryStatus } from '../src/glossary/status.ts';

const report = translationStatus(loadContent());
const glossary = glossaryStatus();
report.rows.push(...glossary.rows);
report.broken.push(...glossary.broken);
report.english.push(...glossary.english);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else if (process.argv.includes('--hashes')) {
  for (const e of report.english) console.log(`${e.hash}  ${e.file}`);
} else {
  console.log('Translation status (English is the source):');
  console.log(formatStatusTables(report));
  for (const b of report.broken) console.log(`✗ ${b.file}: ${b.message}`);
  if (report.broken.length) console.log(`\n${report.broken.length} broken translation record(s) to fix.`);
}
process.exit(report.broken.length ? 1 : 0);
