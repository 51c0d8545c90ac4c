// `npm run content:due`: pages due for review in the next 30 days, and pages past their
// date, language by language. Each file's own reviewDue counts (translations have their own).
//   --days <n>   look further ahead (default 30)
//   --json       the list for tools
import { languages } from '../src/i18n/languages.ts';
import { loadContent } from '../src/lint/run.ts';
import { reviewsDue } from '../src/report/due.ts';

const daysArg = process.argv.indexOf('--days');
const days = daysArg === -1 ? 30 : Number(process.argv[daysArg + 1]);
if (!Number.isInteger(days) || days < 0) {
  console.error('--days needs a whole number of days, like --days 60.');
  process.exit(2);
}
const due = reviewsDue(loadContent(), new Date(), days);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(due, null, 2));
} else if (!due.length) {
  console.log(`No page is due for review in the next ${days} days, and none is past its date.`);
} else {
  console.log(`Pages to review: past their date, or due in the next ${days} days.`);
  for (const { code, englishName } of languages) {
    const mine = due.filter((d) => d.lang === code);
    if (!mine.length) continue;
    console.log(`\n${englishName}:`);
    for (const d of mine) {
      const when = d.daysLeft < 0 ? `PAST DUE: was due ${d.reviewDue} (${-d.daysLeft} days ago)` : d.daysLeft === 0 ? `due today (${d.reviewDue})` : `due ${d.reviewDue} (in ${d.daysLeft} days)`;
      console.log(`  ${d.page.padEnd(45)} ${when}  ${d.file}`);
    }
  }
  console.log('\nTo review a page: check its words are still right, then set lastReviewed to today and reviewDue six months later.');
}
