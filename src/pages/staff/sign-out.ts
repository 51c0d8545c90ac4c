// POST /staff/sign-out/: ends the session (the middleware has checked its CSRF token).
import type { APIRoute } from 'astro';
import { endSession, SESSION_COOKIE } from '../../staff/sessions.ts';
import { audit } from '../../staff/audit.ts';
import { getStore } from '../../submissions/store.ts';

export const prerender = false;

export const POST: APIRoute = ({ cookies, locals, redirect }) => {
  const db = getStore().db;
  if (locals.staff) audit(db, { actor: locals.staff.email, action: 'sign-out' });
  endSession(db, cookies.get(SESSION_COOKIE)?.value);
  cookies.delete(SESSION_COOKIE, { path: '/staff/' });
  return redirect('/staff/sign-in/?signed-out=1', 303);
};
