// A real OpenID Connect provider (oidc-provider) on loopback, standing in for the council's
// identity provider. Its development sign-in pages take any login: the login typed is the
// account ID and the email address the provider vouches for.
import http from 'node:http';
import Provider from 'oidc-provider';

export interface LocalProvider { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> }

export async function startOidcProvider(options: { port: number; redirectUri: string; verified?: boolean }): Promise<LocalProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = 'care-portal';
  const clientSecret = 'a-test-secret-that-is-long-enough-to-be-real';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: options.verified ?? true }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['only-for-tests-aaaaaaaaaaaaaaaaaaaaaaaa'] },
    pkce: { required: () => true },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    issuer, clientId, clientSecret,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
