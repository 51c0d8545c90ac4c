// GET /staff/oidc/start/: off to the council's identity provider, with state, nonce and PKCE.
import type { APIRoute } from 'astro';
import { OIDC_COOKIE, oidcSettings, startOidc } from '../../../staff/oidc.ts';
import { secureCookie } from '../../../staff/guard.ts';
import { publicOrigin } from '../../../notify/compose.ts';

export const prerender = false;

export const GET: APIRoute = async ({ cookies, request, url, redirect }) => {
  const settings = oidcSettings();
  if (!settings) return redirect('/staff/sign-in/', 303);
  try {
    const { url: to, cookie } = await startOidc(settings, publicOrigin(request.url));
    // Lax, not Strict: it must come back with the provider's redirect, which starts on another site.
    cookies.set(OIDC_COOKIE, cookie, { httpOnly: true, secure: secureCookie(url), sameSite: 'lax', path: '/staff/oidc/', maxAge: 600 });
    return redirect(to, 303);
  } catch (error) {
    console.error(`staff: cannot reach the identity provider (${(error as { code?: string }).code ?? (error as Error).name})`);
    return new Response('The council sign-in cannot be reached just now. Try again in a few minutes, or sign in with a portal password.', {
      status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
};
