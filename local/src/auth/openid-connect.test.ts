import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateOidc, createOidcVerifier, type OidcConfig } from './openid-connect';
import { startOidcProvider, type OidcProvider } from './testing/oidc-provider';

let provider: OidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider();
});

afterAll(async () => {
  await provider?.stop();
});

const now = () => Math.floor(Date.now() / 1000);

function verifier(config: Partial<OidcConfig> = {}) {
  return createOidcVerifier({ issuer: provider.issuer, ...config });
}

describe('OIDC: accepted tokens', () => {
  it('yields the OIDC identity {sub, issuer, claims} after discovery finds the JWKS', async () => {
    // Prepare
    const token = provider.token();
    // Act
    const auth = await authenticateOidc(token, verifier());
    // Assess
    expect(auth).toEqual({ mode: 'OPENID_CONNECT', identity: { sub: 'user-1', issuer: provider.issuer, claims: expect.objectContaining({ sub: 'user-1', aud: 'client-a', email: 'user-1@example.com' }) } });
    expect(provider.requests.slice(-2)).toEqual(['/.well-known/openid-configuration', '/keys']);
  });

  it.each([
    ['aud matches one alternative of the clientId regex', 'client-x|client-a', { aud: 'client-a' }],
    ['one of several aud values matches', 'client-a', { aud: ['other', 'client-a'] }],
    ['azp matches when aud does not', 'client-[a-c]', { aud: 'resource-server', azp: 'client-b' }],
    ['no clientId configured', undefined, { aud: undefined }],
  ])('accepts a token when %s', async (_label, clientId, claims) => {
    // Act
    const auth = authenticateOidc(`Bearer ${provider.token(claims)}`, verifier({ clientId, jwksUri: provider.jwksUri }));
    // Assess
    await expect(auth).resolves.toMatchObject({ mode: 'OPENID_CONNECT' });
  });
});

describe('OIDC: refused tokens (401 UnauthorizedException)', () => {
  it.each([
    ['an expired token', {}, () => provider.token({ exp: now() - 5 }), 'Token has expired.'],
    ['a token issued longer ago than iatTTL', { iatTTL: 60_000 }, () => provider.token({ iat: now() - 61 }), 'Token has expired.'],
    ['a sign-in older than authTTL', { authTTL: 60_000 }, () => provider.token({ auth_time: now() - 61 }), 'Token has expired.'],
    ['a token without auth_time when authTTL is set', { authTTL: 60_000 }, () => provider.token({ auth_time: undefined }), 'Valid authorization header not provided.'],
    ['a client that does not match the whole clientId regex', { clientId: 'client' }, () => provider.token({ aud: 'client-a' }), 'Valid authorization header not provided.'],
    ['another issuer', {}, () => provider.token({ iss: 'https://elsewhere.example.com' }), 'Valid authorization header not provided.'],
    ['a token signed by an unpublished key', {}, () => provider.forgedToken(), 'Valid authorization header not provided.'],
    ['a token that is not a JWT', {}, () => 'not-a-jwt', 'Valid authorization header not provided.'],
  ])('refuses %s', async (_label, config, token, message) => {
    // Act
    const auth = authenticateOidc(token(), verifier({ jwksUri: provider.jwksUri, ...config }));
    // Assess
    await expect(auth).rejects.toMatchObject({ errorType: 'UnauthorizedException', status: 401, message });
  });

  it('refuses every token when discovery names another issuer than the configured one', async () => {
    // Prepare: the document at <issuer>/.well-known names the issuer without the trailing slash.
    const requestsBefore = provider.requests.length;
    // Act
    const auth = authenticateOidc(provider.token({ iss: `${provider.issuer}/` }), createOidcVerifier({ issuer: `${provider.issuer}/` }));
    // Assess
    await expect(auth).rejects.toMatchObject({ status: 401 });
    expect(provider.requests.slice(requestsBefore)).toEqual(['/.well-known/openid-configuration']);
  });
});
