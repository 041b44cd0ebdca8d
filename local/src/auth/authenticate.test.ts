import { describe, expect, it, vi } from 'vitest';
import type { AuthContext } from './auth-context';
import { authenticate, type AuthConfig } from './authenticate';

const COGNITO_ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool1';
const OIDC_ISSUER = 'https://login.example.com';

/** An unsigned JWT-shaped token: routing reads `iss` only, the chosen mode verifies. */
const jwt = (claims: Record<string, unknown>) => ['{"alg":"RS256"}', JSON.stringify(claims), 'sig'].map((part) => Buffer.from(part).toString('base64url')).join('.');

function config(modes: Array<'cognito' | 'oidc' | 'lambda'>): AuthConfig {
  const verifier = (issuer: string) => ({ issuer, verify: vi.fn(async () => ({ sub: 's', iss: issuer })) });
  return {
    defaultMode: 'API_KEY',
    apiKeys: [{ id: 'key' }],
    ...(modes.includes('cognito') ? { cognito: verifier(COGNITO_ISSUER) } : {}),
    ...(modes.includes('oidc') ? { oidc: verifier(OIDC_ISSUER) } : {}),
    ...(modes.includes('lambda') ? { lambda: { authorize: vi.fn(async (): Promise<AuthContext> => ({ mode: 'AWS_LAMBDA', identity: { resolverContext: {} } })) } } : {}),
  };
}

describe('authenticate: which mode takes an Authorization token', () => {
  it.each([
    ['a JWT of the pool’s issuer', ['cognito', 'oidc', 'lambda'], jwt({ iss: COGNITO_ISSUER }), 'AMAZON_COGNITO_USER_POOLS'],
    ['a JWT of the OIDC issuer', ['cognito', 'oidc', 'lambda'], jwt({ iss: OIDC_ISSUER }), 'OPENID_CONNECT'],
    ['a Bearer JWT of the OIDC issuer', ['oidc', 'lambda'], `Bearer ${jwt({ iss: OIDC_ISSUER })}`, 'OPENID_CONNECT'],
    ['a JWT of an unknown issuer', ['cognito', 'oidc', 'lambda'], jwt({ iss: 'https://other.example.com' }), 'AWS_LAMBDA'],
    ['an opaque token', ['cognito', 'oidc', 'lambda'], 'custom-token', 'AWS_LAMBDA'],
  ] as const)('routes %s (modes %j) to %s', async (_label, modes, token, mode) => {
    // Act
    const auth = await authenticate({ authorization: token }, config([...modes]));
    // Assess
    expect(auth.mode).toBe(mode);
  });

  it('gives the Lambda authorizer the raw header and the request body', async () => {
    // Prepare
    const auth = config(['lambda']);
    const headers = { authorization: 'Bearer opaque', 'x-extra': '1' };
    // Act
    await authenticate(headers, auth, '127.0.0.1', { method: 'POST', path: '/graphql', body: '{"query":"{ a }"}' });
    // Assess
    expect(auth.lambda!.authorize).toHaveBeenCalledWith('Bearer opaque', { headers, body: '{"query":"{ a }"}' });
  });

  it.each([
    ['an opaque token', 'custom-token'],
    ['a Bearer-prefixed JWT of the pool', `Bearer ${jwt({ iss: COGNITO_ISSUER })}`],
    ['three parts that are no JSON', 'a.b.c'],
  ])('lets the user pool refuse %s, when no Lambda authorizer takes it, with 401 "Unable to parse JWT token."', async (_label, token) => {
    // Act
    const result = authenticate({ authorization: token }, config(['cognito', 'oidc']));
    // Assess
    await expect(result).rejects.toMatchObject({ status: 401, errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' });
  });

  it.each([
    ['no credentials', {}],
    ['a token, with no token mode configured', { authorization: 'custom-token' }],
  ])('refuses %s with 401 "Valid authorization header not provided."', async (_label, headers) => {
    // Act
    const result = authenticate(headers, config([]));
    // Assess
    await expect(result).rejects.toMatchObject({ status: 401, errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' });
  });

  it('prefers x-api-key over an Authorization token', async () => {
    // Act
    const auth = await authenticate({ 'x-api-key': 'key', authorization: 'custom-token' }, config(['lambda']));
    // Assess
    expect(auth).toEqual({ mode: 'API_KEY', identity: null });
  });
});
