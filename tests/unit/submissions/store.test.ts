import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SubmissionStore } from '../../../src/submissions/store.ts';
import { csvCell, toCsv } from '../../../src/submissions/export.ts';
import { isValidReference } from '../../../src/forms/engine/reference.ts';

const dirs: string[] = [];
function store(options?: ConstructorParameters<typeof SubmissionStore>[1]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-test-'));
  dirs.push(dir);
  return new SubmissionStore(path.join(dir, 'data'), options);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const sub = (key: string, answers: Record<string, unknown> = { name: 'Ann' }) => ({ form: 'needs-assessment', lang: 'en', idempotencyKey: key, answers });

describe('the submission store', () => {
  it('writes through a WAL with synchronous=FULL, in a folder and file only its owner can read', () => {
    const s = store();
    expect(s.pragma('journal_mode')).toBe('wal');
    expect(s.pragma('synchronous')).toBe(2); // FULL
    expect(s.pragma('secure_delete')).toBe(1);
    expect(fs.statSync(s.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(s.file)).mode & 0o777).toBe(0o700);
    s.close();
  });

  it('stores a key once and gives the first reference back for a repeat', () => {
    const s = store();
    const first = s.save(sub('key-aaaaaaaaaaaaaaaa'));
    const again = s.save(sub('key-aaaaaaaaaaaaaaaa', { name: 'Different' }));
    expect(first.created).toBe(true);
    expect(isValidReference(first.reference)).toBe(true);
    expect(again).toEqual({ reference: first.reference, receivedAt: first.receivedAt, created: false });
    expect(s.count()).toBe(1);
    expect(s.all()[0]?.answers).toEqual({ name: 'Ann' });
    s.close();
  });

  it('groups submissions arriving together into one commit, each settled with its own reference', async () => {
    const s = store();
    const saved = await Promise.all([
      s.saveSoon(sub('batch-1-aaaaaaaaaaaa')),
      s.saveSoon(sub('batch-2-aaaaaaaaaaaa')),
      s.saveSoon(sub('batch-1-aaaaaaaaaaaa')),
    ]);
    expect(saved[0]?.created).toBe(true);
    expect(saved[1]?.created).toBe(true);
    expect(saved[2]).toMatchObject({ created: false, reference: saved[0]?.reference });
    expect(s.count()).toBe(2);
    s.close();
  });

  it('keeps a batch going when one item fails, and reports that one', async () => {
    const s = store();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const results = await Promise.allSettled([s.saveSoon(sub('good-aaaaaaaaaaaaaa')), s.saveSoon(sub('bad-aaaaaaaaaaaaaaa', circular))]);
    expect(results[0]?.status).toBe('fulfilled');
    expect(results[1]?.status).toBe('rejected');
    expect(s.count()).toBe(1);
    s.close();
  });

  it('tries another reference when a new one clashes with an old one', () => {
    // A "random" source that repeats itself: the second submission's first reference clashes.
    const sequence = [...Array(8).fill(3), ...Array(8).fill(3), ...Array(8).fill(5)];
    let i = 0;
    const s = store({ randomInt: () => sequence[i++ % sequence.length] ?? 0 });
    const a = s.save(sub('clash-1-aaaaaaaaaaaa'));
    const b = s.save(sub('clash-2-aaaaaaaaaaaa'));
    expect(a.reference).not.toBe(b.reference);
    expect(s.count()).toBe(2);
    s.close();
  });

  it('purges what is older than the cut-off and nothing newer', () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const s = store({ now: () => now });
    s.save(sub('old-aaaaaaaaaaaaaaaa'));
    now = new Date('2025-03-01T00:00:00Z');
    s.save(sub('new-aaaaaaaaaaaaaaaa'));
    expect(s.purgeReceivedBefore(new Date('2025-02-01T00:00:00Z'))).toBe(1);
    expect(s.all().map((r) => r.receivedAt)).toEqual(['2025-03-01T00:00:00.000Z']);
    s.close();
  });
});

describe('the CSV export', () => {
  it('quotes every cell and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+44 7700')).toBe(`"'+44 7700"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell(['food', 'toilet'])).toBe('"food; toilet"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('has a header, one row per submission with its reference, and a byte order mark', () => {
    const csv = toCsv([{ reference: 'KQ7-4HT-9WZ', form: 'needs-assessment', lang: 'gu', receivedAt: '2025-01-01T00:00:00.000Z', status: 'new', outcome: null, assignee: null, urgent: false, answers: { name: 'ગીતા', areas: ['food'] } }]);
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header?.startsWith('"reference","form","language","received_at"')).toBe(true);
    expect(row).toContain('"KQ7-4HT-9WZ","needs-assessment","gu"');
    expect(row).toContain('"ગીતા"');
  });
});
