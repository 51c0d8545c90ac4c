import * as client from 'openid-client';

/**
 * Sign-in through the council's own identity provider (OpenID Connect, authorisation code
 * flow with PKCE, state and nonce). The provider proves who the person is; the portal's own
 * staff list says what they may do, so only emails added with `npm run staff -- add` get in.
 */
export interface OidcSettings { issuer: string; clientId: string; clientSecret: string }

export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('OIDC_ISSUER is set, but OIDC_CLIENT_ID or OIDC_CLIENT_SECRET is not.');
  return { issuer, clientId, clientSecret };
}

const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
let cached: { key: string; config: Promise<client.Configuration> } | undefined;

function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  if (cached?.key !== key) {
    const issuer = new URL(settings.issuer);
    // Plain HTTP only to a provider on this machine (the tests' own); a real one is HTTPS.
    const options = issuer.protocol === 'http:' && loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    const config = client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, options);
    config.catch(() => { cached = undefined; });
    cached = { key, config };
  }
  return cached.config;
}

export const OIDC_COOKIE = 'portal_staff_oidc';
export const callbackUrl = (origin: string) => new URL('/staff/oidc/callback/', origin).href;

/** Where to send the browser, and what to remember (in a short-lived cookie) for its return. */
export async function startOidc(settings: OidcSettings, origin: string): Promise<{ url: string; cookie: string }> {
  const config = await configuration(settings);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(origin),
    scope: 'openid email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, cookie: Buffer.from(JSON.stringify({ verifier, state, nonce })).toString('base64url') };
}

export type OidcResult = { ok: true; email: string } | { ok: false; reason: string };

export async function finishOidc(settings: OidcSettings, currentUrl: URL, cookie: string | undefined, origin: string): Promise<OidcResult> {
  if (!cookie) return { ok: false, reason: 'The sign-in took too long or started in another browser. Start again.' };
  let saved: { verifier: string; state: string; nonce: string };
  try {
    saved = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'The sign-in took too long or started in another browser. Start again.' };
  }
  try {
    const config = await configuration(settings);
    // The provider redirects to our public address; behind a proxy the request URL is internal.
    const back = new URL(callbackUrl(origin));
    back.search = currentUrl.search;
    const tokens = await client.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: saved.verifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    });
    let claims: Record<string, unknown> | undefined = tokens.claims();
    // Many providers put the email only in the user info, not the ID token (OpenID Connect 5.4).
    if (claims && typeof claims.email !== 'string' && tokens.access_token) {
      claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, String(claims.sub))) };
    }
    const email = typeof claims?.email === 'string' ? claims.email.toLowerCase() : undefined;
    if (!email) return { ok: false, reason: 'Your council account did not give an email address. Ask your IT team to release the "email" claim to this portal.' };
    if (claims?.email_verified === false) return { ok: false, reason: 'Your council account says its email address is not verified.' };
    return { ok: true, email };
  } catch (error) {
    console.error(`staff: OpenID Connect sign-in failed (${(error as { code?: string }).code ?? (error as Error).name})`);
    return { ok: false, reason: 'The council sign-in did not work. Start again; if it keeps failing, tell your IT team.' };
  }
}
