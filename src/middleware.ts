import { defineMiddleware } from 'astro:middleware';
import { guardStaff, PRE_SESSION_COOKIE } from './staff/guard.ts';
import { SESSION_COOKIE } from './staff/sessions.ts';
import { getStore } from './submissions/store.ts';

/**
 * Staff pages deny by default: every /staff/ request passes the guard (session, CSRF) before
 * its page runs. Public pages are not touched (and are prerendered, so this never runs for them
 * at request time).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered || !context.url.pathname.startsWith('/staff')) return next();
  const decision = await guardStaff(context.request, {
    db: getStore().db,
    sessionCookie: context.cookies.get(SESSION_COOKIE)?.value,
    preSessionCookie: context.cookies.get(PRE_SESSION_COOKIE)?.value,
  });
  if (!decision.allow) return decision.response;
  if (decision.session) context.locals.staff = decision.session;
  const response = await next();
  // Staff pages hold people's details: never cached, never indexed, never framed.
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
});
