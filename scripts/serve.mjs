// Serves the built portal: Astro's node handler (static pages and /api routes) wrapped in
// a plain http server that adds security headers to every response, compresses text (gzip or
// Brotli, as the browser asks: pages are a third of their size on a slow connection) and
// refuses to take form posts to static files. Start it with `npm start`, which builds first when needed.
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { cacheControl, securityHeaders, takesPersonalData } from '../src/server/headers.ts';
import { startBackgroundWork } from '../src/server/background.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const root = path.resolve(import.meta.dirname, '..');
process.env.PORTAL_ROOT ??= root;
process.env.DATA_DIR ??= path.join(root, 'data');
fs.mkdirSync(process.env.DATA_DIR, { recursive: true });

const entry = path.join(root, 'dist/server/entry.mjs');
const { handler } = await import(pathToFileURL(entry).href);

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);

// Pagefind's index files and fonts are already compressed: `compression` skips any type that
// is not text, so they pass through untouched.
const compress = compression();

const server = http.createServer((req, res) => {
  const writeHead = res.writeHead;
  // Add the headers at the last moment, so they are right for whatever Astro answered.
  res.writeHead = function (status, ...rest) {
    const type = res.getHeader('content-type') ?? findType(rest);
    for (const [k, v] of Object.entries(securityHeaders(String(type ?? ''), req.url ?? ''))) {
      if (!res.hasHeader(k)) res.setHeader(k, v);
    }
    const cache = cacheControl(req.url);
    if (cache && status < 400) res.setHeader('Cache-Control', cache);
    // A body over the limit is left unread, so this connection cannot carry another request:
    // say so, or the sender's next request on it fails with a reset connection.
    if (status === 413) res.setHeader('Connection', 'close');
    return writeHead.call(this, status, ...rest);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD' && !takesPersonalData(req.url)) {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  compress(req, res, () => handler(req, res));
});

function findType(rest) {
  const headers = rest.find((r) => r && typeof r === 'object');
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
  return key ? headers[key] : undefined;
}

const background = startBackgroundWork(process.env);

server.listen(port, host, () => {
  console.log(`Care and support portal: http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(async () => {
    await background.stop();
    process.exit(0);
  }));
}
