// Runs a command and measures it as figures: wall time, and the peak memory of the whole
// process tree (astro build starts workers), sampled from /proc. Never asserted, only printed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface RunFigures {
  seconds: number;
  /** Processor time (user + system) of the process and its descendants: less swayed by other work on the machine than wall time. */
  cpuSeconds: number;
  /** Highest sum of resident memory of the process and its descendants seen, in bytes. */
  peakBytes: number;
  exitCode: number | null;
  /** The last lines of its output, to show when it fails. */
  tail: string;
  /** All of its output (Astro's phase timings are read from it). */
  log: string;
}

const PAGE = 4096;
const TICKS_PER_SECOND = 100;

/**
 * Resident bytes of a process and all its descendants (Linux /proc; 0 elsewhere), and each
 * one's processor time so far, in seconds (a child living under one sample, 100 ms, is missed).
 */
export function sampleTree(pid: number): { rss: number; cpu: Map<number, number> } {
  let total = 0;
  const cpu = new Map<number, number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const statm = fs.readFileSync(`/proc/${p}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * PAGE;
      // utime and stime are the 12th and 13th fields after the command name. Children's
      // times (cutime) are left out: each child is sampled itself, and would count twice.
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
      cpu.set(p, (f[11]! + f[12]!) / TICKS_PER_SECOND);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return { rss: total, cpu };
}

export function timedRun(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean }): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const cpuByPid = new Map<number, number>();
    let log = '';
    const keep = (chunk: Buffer) => {
      log += chunk.toString();
      if (opts.echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const sample = () => {
      if (!child.pid) return;
      const { rss, cpu } = sampleTree(child.pid);
      peak = Math.max(peak, rss);
      for (const [pid, seconds] of cpu) cpuByPid.set(pid, seconds);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuSeconds = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds, peakBytes: peak, exitCode: code, tail: log.slice(-4000), log });
    });
  });
}
