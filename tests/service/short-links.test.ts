// Short links on the real server: each page's code opens it (301), typed in any case; an
// unknown or impossible code gets a 404 page, never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortCode } from '../../src/sharing/short-links.ts';
import { startServer, type Server } from './server.ts';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const open = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

describe('short links on the server', () => {
  it.each(['/', '/carers/', '/gu/carers/easy-read/', '/ar/privacy/', '/so/paying-for-care/'])('/s/<code>/ opens %s', async (page) => {
    const code = shortCode(page);
    const response = await open(`/s/${code}/`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(page);
    expect((await open(`/s/${code.toLowerCase()}/`)).headers.get('location')).toBe(page);
    expect((await fetch(`${server.url}/s/${code}/`)).status).toBe(200); // and the page is there
  });

  it('answers an unknown or impossible code with a 404 page', async () => {
    for (const path of ['/s/22222/', '/s/ABC/', '/s/%00%00/', `/s/${'A'.repeat(300)}/`, '/s/..%2F..%2Fetc/']) {
      const response = await open(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
    const page = await open('/s/22222/');
    expect(await page.text()).toContain('This short link does not work');
  });
});
