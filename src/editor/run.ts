// `npm run editor`: the site with the friendly editor at /keystatic, on this computer only.
// A small launcher rather than `PORTAL_EDITOR=1 astro dev` so it works in Windows too.
// Extra arguments go to astro dev: `npm run editor -- --port 4400`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = process.argv.includes('--port') ? [] : ['--port', process.env.PORT ?? '4321'];
const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', ...port, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_EDITOR: '1' },
});
const shownPort = port[1] ?? process.argv[process.argv.indexOf('--port') + 1];
console.log(`The editor will be at http://127.0.0.1:${shownPort}/keystatic once the site has started.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
