import type { DatabaseSync } from 'node:sqlite';
import { can, routePermission } from './roles.ts';
import { readSession, sameToken, type StaffSession } from './sessions.ts';

/**
 * The one gate in front of every /staff/ address (run by src/middleware.ts), so no page can
 * forget it: without a live session nothing but the sign-in pages answers, and every POST must
 * carry the CSRF token of its session (or, before signing in, of the sign-in page).
 */
export const PUBLIC_STAFF_PATHS = new Set(['/staff/sign-in/', '/staff/oidc/start/', '/staff/oidc/callback/']);
export const PRE_SESSION_COOKIE = 'portal_staff_csrf';

export type GuardDecision = { allow: true; session: StaffSession | undefined } | { allow: false; response: Response };

const refuse = (status: number, text: string) =>
  new Response(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${text}</title><main><h1>${text}</h1><p><a href="/staff/sign-in/">Sign in to the staff pages</a></p></main></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });

export const CSRF_REFUSED = 'This form has run out or did not come from this site. Go back, reload the page and try again.';

/** The `_csrf` field of a form post, read from a copy so the page can still read the body. */
async function postedToken(request: Request): Promise<string | undefined> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return undefined;
  try {
    const text = await request.clone().text();
    if (text.length > 64 * 1024) return undefined;
    return new URLSearchParams(text).get('_csrf') ?? undefined;
  } catch {
    return undefined;
  }
}

export async function guardStaff(request: Request, ctx: { db: DatabaseSync; sessionCookie?: string; preSessionCookie?: string; now?: number }): Promise<GuardDecision> {
  const path = new URL(request.url).pathname;
  const isPublic = PUBLIC_STAFF_PATHS.has(path);
  const session = readSession(ctx.db, ctx.sessionCookie, ctx.now);
  if (request.method === 'POST') {
    const given = await postedToken(request);
    const expected = session?.csrf ?? (isPublic ? ctx.preSessionCookie : undefined);
    if (!sameToken(given, expected)) return { allow: false, response: refuse(403, CSRF_REFUSED) };
  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { allow: false, response: refuse(405, 'Method not allowed') };
  }
  if (isPublic) return { allow: true, session };
  if (!session) {
    if (request.method === 'POST') return { allow: false, response: refuse(403, CSRF_REFUSED) };
    return { allow: false, response: new Response(null, { status: 303, headers: { Location: '/staff/sign-in/', 'Cache-Control': 'no-store' } }) };
  }
  const needs = routePermission(path, request.method);
  if (!needs) return { allow: false, response: refuse(404, 'Page not found') };
  if (needs !== 'signed-in' && !can(session.role, needs)) return { allow: false, response: refuse(403, 'Your account cannot open this page. Ask a manager if you need it.') };
  return { allow: true, session };
}

/** Secure cookies everywhere but plain-HTTP loopback, where a browser would drop them. */
export function secureCookie(url: URL): boolean {
  return !(url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}
