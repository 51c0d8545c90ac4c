// Staff tool for the submissions store (DATA_DIR/submissions.sqlite):
//   npm run submissions -- export --format csv [--out file]   every submission, with its reference
//   npm run submissions -- export --format json [--out file]
//   npm run submissions -- purge --older-than <days> [--dry-run]   the retention policy
//   npm run submissions -- count
// It prints people's details only where asked to (the export), never in its messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SubmissionStore } from '../src/submissions/store.ts';
import { toCsv, toJson } from '../src/submissions/export.ts';
import { audit } from '../src/staff/audit.ts';

// Exports and purges from the command line are in the audit log too, under the login that ran them.
const actor = () => {
  try {
    return `command line (${os.userInfo().username})`;
  } catch {
    return 'command line';
  }
};

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    format: { type: 'string', default: 'csv' },
    out: { type: 'string' },
    'older-than': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  strict: true,
});

if (!fs.existsSync(path.join(dataDir, 'submissions.sqlite'))) {
  if (command === 'export') {
    process.stdout.write(values.format === 'json' ? '[]\n' : toCsv([]));
    process.exit(0);
  }
  if (command === 'purge' || command === 'count') {
    process.stdout.write(`No submissions file in ${dataDir}: nothing to do.\n`);
    process.exit(0);
  }
}

switch (command) {
  case 'export': {
    if (values.format !== 'csv' && values.format !== 'json') fail('--format must be csv or json');
    const store = new SubmissionStore(dataDir);
    const rows = store.all();
    audit(store.db, { actor: actor(), action: 'export', detail: `${rows.length} requests as ${values.format}` });
    store.close();
    const text = values.format === 'json' ? toJson(rows) : toCsv(rows);
    if (values.out) {
      // Only the staff member running this may read the file: it holds people's details.
      fs.writeFileSync(values.out, text, { mode: 0o600 });
      process.stderr.write(`Wrote ${rows.length} submissions to ${values.out}\n`);
    } else {
      process.stdout.write(text);
    }
    break;
  }
  case 'purge': {
    const days = Number(values['older-than']);
    if (!values['older-than'] || !Number.isInteger(days) || days < 0) fail('purge needs --older-than <whole number of days>');
    const cutOff = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    const store = new SubmissionStore(dataDir);
    if (values['dry-run']) {
      const n = store.all().filter((r) => r.receivedAt < cutOff.toISOString()).length;
      process.stdout.write(`Would delete ${n} submissions received before ${cutOff.toISOString()}.\n`);
    } else {
      const n = store.purgeReceivedBefore(cutOff);
      audit(store.db, { actor: actor(), action: 'purge', detail: `${n} request${n === 1 ? '' : 's'} received more than ${days} days ago` });
      process.stdout.write(`Deleted ${n} submissions received before ${cutOff.toISOString()}.\n`);
    }
    store.close();
    break;
  }
  case 'count': {
    const store = new SubmissionStore(dataDir);
    process.stdout.write(`${store.count()}\n`);
    store.close();
    break;
  }
  default:
    fail('Usage: npm run submissions -- export --format csv|json [--out file] | purge --older-than <days> [--dry-run] | count');
}
