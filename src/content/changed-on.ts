import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fromRoot } from '../config/root.ts';

/**
 * When a content file last changed: the date of its last commit, or its modification
 * date when it has uncommitted changes or there is no git history (a downloaded copy).
 */
export function fileChangedOn(relativePath: string): Date {
  const file = fromRoot(relativePath);
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (!dirty.trim()) {
      const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (out) return new Date(out);
    }
  } catch {
    // No git here: fall through to the file's own date.
  }
  return fs.statSync(file).mtime;
}
