// "Was this page useful?" on the real server: every kind of junk gets a 4xx page, never a 5xx;
// another site cannot post votes; and the server's log holds no comment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from './server.ts';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.origin, ...headers }, body });

describe('the page feedback form on the server', () => {
  it('takes a vote and a comment in any language', async () => {
    const vote = await post('/pl/feedback/useful/', 'page=carers&variant=plain&useful=yes');
    expect(vote.status).toBe(200);
    const html = await vote.text();
    expect(html).toContain('lang="pl"');
    const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const comment = await post('/pl/feedback/useful/', new URLSearchParams({ token, page: 'carers', comment: 'Bardzo pomocne, dziękuję' }).toString());
    expect(comment.status).toBe(200);
    expect(await comment.text()).toContain('href="/pl/carers/"');
    expect(server.logs()).not.toContain('Bardzo pomocne');
  });

  it('answers junk with a 4xx, never a 5xx', async () => {
    const junk: [string, string, Record<string, string>?][] = [
      ['/feedback/useful/', ''],
      ['/feedback/useful/', 'page=carers&useful=%FF%FE'],
      ['/feedback/useful/', 'page=%00&useful=yes'],
      ['/feedback/useful/', `page=${'a'.repeat(10_000)}&useful=yes`],
      ['/feedback/useful/', 'token=x&comment=y'],
      ['/feedback/useful/', 'token=aaaaaaaaaaaaaaaaaaaaaaaa&comment=y'],
      ['/feedback/useful/', '{"page":"carers"}', { 'Content-Type': 'application/json' }],
      ['/feedback/useful/', 'x'.repeat(70_000)],
      ['/xx/feedback/useful/', 'page=carers&useful=yes'],
      ['/en/feedback/useful/', 'page=carers&useful=yes'],
    ];
    for (const [path, body, headers] of junk) {
      const response = await post(path, body, headers);
      expect(response.status, `${path} ${body.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${path} ${body.slice(0, 40)}`).toBeLessThan(500);
    }
    expect((await fetch(`${server.url}/feedback/useful/`)).status).toBe(405);
  });

  it('refuses a vote posted from another site', async () => {
    const response = await post('/feedback/useful/', 'page=carers&variant=plain&useful=no', { Origin: 'https://elsewhere.example' });
    expect(response.status).toBe(403);
  });
});
