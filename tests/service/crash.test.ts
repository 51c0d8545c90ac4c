// A bounded load test on loopback that kills the server with SIGKILL in the middle and
// starts it again on the same DATA_DIR: every submission that was acknowledged must be in
// the store exactly once, and sending everything again must not add a single row.
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { needsPayload, postJson, startServer, tempDataDir, type Server } from './server.ts';

const TOTAL = 240;
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 80;

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

function storedByKey(dataDir: string): Map<string, { reference: string; count: number }> {
  const db = new DatabaseSync(path.join(dataDir, 'submissions.sqlite'), { readOnly: true });
  try {
    const rows = db.prepare('SELECT idempotency_key AS key, reference, count(*) OVER (PARTITION BY idempotency_key) AS n FROM submissions').all() as { key: string; reference: string; n: number }[];
    return new Map(rows.map((r) => [r.key, { reference: r.reference, count: Number(r.n) }]));
  } finally {
    db.close();
  }
}

it(`keeps every acknowledged submission, exactly once, through a SIGKILL (${TOTAL} requests, ${CONCURRENCY} at a time)`, async () => {
  const dataDir = tempDataDir();
  const first = await startServer({ dataDir });
  servers.push(first);
  const keys = Array.from({ length: TOTAL }, () => randomUUID());
  const acknowledged = new Map<string, string>();
  let failed = 0;
  let killed: Promise<void> | undefined;

  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++] as string;
      try {
        const response = await postJson(first, needsPayload(key));
        const body = (await response.json()) as { reference?: string };
        if ((response.status === 201 || response.status === 200) && body.reference) acknowledged.set(key, body.reference);
        else failed++;
      } catch {
        failed++; // Connection refused or cut off by the kill: not acknowledged.
      }
      if (!killed && acknowledged.size >= KILL_AFTER_ACKS) killed = first.kill();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await killed;
  expect(killed, 'the server was killed mid-run').toBeDefined();
  expect(failed, 'some requests were cut off by the kill').toBeGreaterThan(0);

  // Nothing acknowledged was lost, even though the process got no chance to flush anything.
  const afterCrash = storedByKey(dataDir);
  for (const [key, reference] of acknowledged) {
    expect(afterCrash.get(key), `acknowledged ${reference} is stored`).toEqual({ reference, count: 1 });
  }

  // Restart, and send every request again (as browsers retrying would).
  const second = await startServer({ dataDir });
  servers.push(second);
  for (let i = 0; i < keys.length; i += CONCURRENCY) {
    await Promise.all(
      keys.slice(i, i + CONCURRENCY).map(async (key) => {
        const response = await postJson(second, needsPayload(key));
        const body = (await response.json()) as { reference: string; duplicate: boolean };
        expect([200, 201]).toContain(response.status);
        const earlier = acknowledged.get(key);
        if (earlier) expect(body).toMatchObject({ reference: earlier, duplicate: true });
      }),
    );
  }
  const final = storedByKey(dataDir);
  expect(final.size).toBe(TOTAL);
  expect([...final.values()].every((v) => v.count === 1)).toBe(true);
  for (const [key, reference] of acknowledged) expect(final.get(key)?.reference).toBe(reference);
  // Every reference is different.
  expect(new Set([...final.values()].map((v) => v.reference)).size).toBe(TOTAL);
});
