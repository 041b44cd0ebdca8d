// A throwaway OpenID Connect provider on 127.0.0.1 for OIDC tests: a fresh RSA key pair, the discovery
// document and JWKS over plain HTTP, and tokens signed on demand (by its key or by a stranger's).
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const KEY_ID = 'oidc-test-key';

export interface OidcProvider {
  issuer: string;
  jwksUri: string;
  /** The JWKS it publishes (to verify Cognito-shaped tokens it signs, too). */
  jwks: { keys: object[] };
  /** Paths requested so far (discovery, JWKS), in order. */
  requests: string[];
  /** An ID token of `sub` user-1 for client-a, valid for an hour; `claims` override or (undefined) remove claims. */
  token(claims?: Record<string, unknown>): string;
  /** The same token signed by a key the provider does not publish. */
  forgedToken(claims?: Record<string, unknown>): string;
  stop(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signed(key: KeyObject, claims: Record<string, unknown>): string {
  const unsigned = `${base64url({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

export async function startOidcProvider(): Promise<OidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let stranger: KeyObject | undefined;
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' }] };
  const requests: string[] = [];
  let issuer = '';

  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body =
      request.url === '/.well-known/openid-configuration' ? { issuer, jwks_uri: `${issuer}/keys`, id_token_signing_alg_values_supported: ['RS256'] } : request.url === '/keys' ? jwks : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const claimsOf = (overrides: Record<string, unknown>) => {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = { iss: issuer, sub: 'user-1', aud: 'client-a', iat: now - 10, auth_time: now - 10, exp: now + 3600, email: 'user-1@example.com', ...overrides };
    return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
  };
  return {
    issuer,
    jwksUri: `${issuer}/keys`,
    jwks,
    requests,
    token: (claims = {}) => signed(privateKey, claimsOf(claims)),
    forgedToken: (claims = {}) => signed((stranger ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey), claimsOf(claims)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
