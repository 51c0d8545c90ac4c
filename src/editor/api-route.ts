// The editor's file API at /api/keystatic/…, only in `npm run editor` (see ./integration.ts).
import type { APIRoute } from 'astro';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import config from '../../keystatic.config.ts';
import { withKeptFormat, type ApiHandler } from './file-api.ts';

export const prerender = false;

// The folder whose content/ the editor reads and writes: the project, unless a test points
// it at a copy (tests/e2e/editor.spec.ts) so the real pages never change.
const root = process.env.PORTAL_EDITOR_ROOT ?? process.cwd();

// GitHub mode's keys come from the environment (see CONTRIBUTING.md); local mode needs none.
const keystatic = makeGenericAPIRouteHandler(
  {
    config,
    localBaseDirectory: root,
    clientId: import.meta.env.KEYSTATIC_GITHUB_CLIENT_ID ?? process.env.KEYSTATIC_GITHUB_CLIENT_ID,
    clientSecret: import.meta.env.KEYSTATIC_GITHUB_CLIENT_SECRET ?? process.env.KEYSTATIC_GITHUB_CLIENT_SECRET,
    secret: import.meta.env.KEYSTATIC_SECRET ?? process.env.KEYSTATIC_SECRET,
  },
  { slugEnvName: 'PUBLIC_KEYSTATIC_GITHUB_APP_SLUG' },
) as ApiHandler;

// In local mode the files are on this computer, so saves can keep each file's layout.
const handler = config.storage.kind === 'local' ? withKeptFormat(keystatic, root) : keystatic;

export const ALL: APIRoute = async ({ request }) => {
  const { body, status, headers } = await handler(request);
  return new Response(body as BodyInit | null, { status: status ?? 200, headers: headers ?? {} });
};
