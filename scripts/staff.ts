// Staff accounts for councils without their own identity provider, and for the first manager:
//   npm run staff -- add <email> --role caseworker|manager [--password-stdin]
//   npm run staff -- list
//   npm run staff -- remove <email>
//   npm run staff -- reset <email> [--password-stdin]     (without it: OpenID Connect only)
// Passwords come from standard input (never the command line, which other users can see) and
// are kept as Argon2id hashes. An account without a password signs in only through OIDC_ISSUER.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addAccount, checkPassword, hashPassword, listAccounts, removeAccount, resetPassword } from '../src/staff/accounts.ts';
import { audit } from '../src/staff/audit.ts';
import { roleSchema, staffEmailSchema } from '../src/staff/roles.ts';
import { SubmissionStore } from '../src/submissions/store.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));
const USAGE = 'Usage: npm run staff -- add <email> --role caseworker|manager [--password-stdin] | list | remove <email> | reset <email> [--password-stdin]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Type the password, then press Enter (it is not shown): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  const problem = checkPassword(password);
  if (problem) fail(problem);
  return password;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  allowPositionals: true,
  strict: true,
});
const [command, rawEmail] = positionals;
const email = () => {
  const parsed = staffEmailSchema.safeParse(rawEmail ?? '');
  if (!parsed.success) fail(`${rawEmail ? `"${rawEmail}" is not an email address.` : 'Give the email address.'}\n${USAGE}`);
  return parsed.data;
};

const store = new SubmissionStore(dataDir);
const db = store.db;
switch (command) {
  case 'add': {
    const address = email();
    const role = roleSchema.safeParse(values.role);
    if (!role.success) fail(`--role must be caseworker or manager.\n${USAGE}`);
    const hash = values['password-stdin'] ? await hashPassword(await readPassword()) : null;
    if (!addAccount(db, { email: address, role: role.data, passwordHash: hash })) fail(`${address} already has an account. Use reset to change its password.`);
    audit(db, { actor: 'command line', action: 'sign-in', detail: `account added: ${address} (${role.data})` });
    process.stdout.write(`Added ${address} as a ${role.data}${hash ? ' with a password' : ' (signs in through OpenID Connect only)'}.\n`);
    break;
  }
  case 'list': {
    const accounts = listAccounts(db);
    if (!accounts.length) process.stdout.write('No staff accounts yet. Add the first manager with: npm run staff -- add <email> --role manager --password-stdin\n');
    for (const a of accounts) process.stdout.write(`${a.email}\t${a.role}\t${a.hasPassword ? 'password' : 'OpenID Connect only'}\tadded ${a.createdAt.slice(0, 10)}\n`);
    break;
  }
  case 'remove': {
    const address = email();
    if (!removeAccount(db, address)) fail(`${address} has no account.`);
    process.stdout.write(`Removed ${address}. Their sessions have ended, and requests they had are unassigned.\n`);
    break;
  }
  case 'reset': {
    const address = email();
    const hash = values['password-stdin'] ? await hashPassword(await readPassword()) : null;
    if (!resetPassword(db, address, hash)) fail(`${address} has no account.`);
    process.stdout.write(`${hash ? 'New password set' : 'Password removed (OpenID Connect only)'} for ${address}. Their sessions have ended.\n`);
    break;
  }
  default:
    fail(USAGE);
}
store.close();
