// Rate limiting per client, in memory, on the real server with a small limit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { needsPayload, postJson, startServer, type Server } from './server.ts';

let server: Server;
beforeAll(async () => {
  server = await startServer({ env: { SUBMISSIONS_RATE_LIMIT: '3/600' } });
});
afterAll(() => server.stop());

it('lets a client send 3, then answers 429 with Retry-After, for the API and the form page alike', async () => {
  for (let i = 0; i < 3; i++) expect((await postJson(server, needsPayload(randomUUID()))).status).toBe(201);
  const refused = await postJson(server, needsPayload(randomUUID()));
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await refused.json()).message).toMatch(/Try again in \d+ seconds/);

  const payload = needsPayload(randomUUID());
  const page = await fetch(`${server.url}/ask/needs-assessment/send/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin },
    body: new URLSearchParams({ ...(payload.answers as Record<string, string>), _key: payload.idempotencyKey, _action: 'send' }),
  });
  expect(page.status).toBe(429);
  // The page keeps the answers, ready to send again later.
  expect(await page.text()).toContain('value="Zebedee Quill"');
});
