// `npm start`: build the site when it is missing or older than its sources, then serve it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/server/entry.mjs');
const index = path.join(root, 'dist/client/pagefind/pagefind.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src', 'content', 'locales', 'public', 'astro.config.mjs', 'package.json'].map((p) => path.join(root, p));
const sourceTime = Math.max(...sources.filter(fs.existsSync).map((p) => (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)));
const needsBuild = !fs.existsSync(built) || !fs.existsSync(index) || fs.statSync(built).mtimeMs < sourceTime;

if (needsBuild || process.argv.includes('--build')) {
  console.log('Building the portal…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('./serve.mjs');
