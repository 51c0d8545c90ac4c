// A throwaway store for the staff tests, with a clock the test can move.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { SubmissionStore, type NewSubmission } from '../../../src/submissions/store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export interface TestStore { store: SubmissionStore; clock: { now: Date }; dir: string }

export function testStore(start = new Date('2026-03-02T10:00:00Z')): TestStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-test-'));
  dirs.push(dir);
  const clock = { now: start };
  const store = new SubmissionStore(path.join(dir, 'data'), { now: () => clock.now });
  return { store, clock, dir };
}

let keys = 0;
export function request(overrides: Partial<NewSubmission> & { answers?: Record<string, unknown> } = {}): NewSubmission {
  keys++;
  return {
    form: 'carers-assessment',
    lang: 'gu',
    idempotencyKey: `test-key-${String(keys).padStart(12, '0')}`,
    answers: { name: 'Gita Patel', postcode: 'LE4 6AB', caringFor: 'My mother', contactMethod: 'email', contactEmail: 'gita@example.com' },
    ...overrides,
  };
}
