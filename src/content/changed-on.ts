import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fromRoot, projectRoot } from '../config/root.ts';

/**
 * Newest commit date of each file, from `git log --format=%x00%cI --name-only` (newest first):
 * each commit is a NUL, its date, then the files it touched, one per line.
 */
export function lastCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, new Date(date));
  }
  return dates;
}

/** Paths with uncommitted changes, from `git status --porcelain -z`: "XY path", and a rename's old path after it. */
export function uncommittedPaths(status: string): Set<string> {
  const paths = new Set<string>();
  const entries = status.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? '';
    if (entry.length < 4) continue;
    paths.add(entry.slice(3));
    if (/^[RC]|^.[RC]/.test(entry)) paths.add(entries[++i] ?? '');
  }
  paths.delete('');
  return paths;
}

interface History {
  dates: Map<string, Date>;
  dirty: Set<string>;
}
let history: History | null | undefined;

/** One git log and one git status for the whole build (not two processes per page); null without git. */
function contentHistory(): History | null {
  if (history !== undefined) return history;
  const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  try {
    const top = git(['rev-parse', '--show-prefix']).trim();
    const strip = (p: string) => (top && p.startsWith(top) ? p.slice(top.length) : p);
    const dates = new Map([...lastCommitDates(git(['log', '--format=%x00%cI', '--name-only', '--', 'content'])).entries()].map(([p, d]) => [strip(p), d]));
    const dirty = new Set([...uncommittedPaths(git(['status', '--porcelain', '-z', '--', 'content']))].map(strip));
    history = { dates, dirty };
  } catch {
    history = null;
  }
  return history;
}

/**
 * When a content file last changed: the date of its last commit, or its modification
 * date when it has uncommitted changes or there is no git history (a downloaded copy).
 */
export function fileChangedOn(relativePath: string): Date {
  const rel = relativePath.split(path.sep).join('/').replace(/^\.\//, '');
  const known = contentHistory();
  const committed = known && !known.dirty.has(rel) ? known.dates.get(rel) : undefined;
  return committed ?? fs.statSync(fromRoot(relativePath)).mtime;
}
