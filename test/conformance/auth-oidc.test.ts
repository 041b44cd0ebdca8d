// OPENID_CONNECT as the default mode over real HTTP and the realtime socket (appsync-spec.md §2, §9.1):
// tokens of a local provider (RSA key, discovery + JWKS on 127.0.0.1) verified by issuer, client id
// regex and expiry; routing of JWTs between the OIDC provider and a Cognito pool by issuer; directives.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type OidcProvider } from '../../local/src/auth/testing/oidc-provider';
import { closeClients, connect, headerSubprotocol, startFrame, type TestClient } from '../../local/src/realtime/testing/realtime-harness';
import { AUTH_API_KEY, startAuthApi, type AuthApi } from './auth-api/start-auth-api';

const USER_POOL_ID = 'us-east-1_AuthConf1';
const COGNITO_ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`;
let provider: OidcProvider;
let api: AuthApi;

beforeAll(async () => {
  provider = await startOidcProvider();
  api = await startAuthApi({
    defaultMode: 'OPENID_CONNECT',
    oidc: { issuer: provider.issuer, clientId: 'client-a|client-b' },
    apiKeys: [AUTH_API_KEY],
    // The provider's key signs the Cognito-shaped tokens too: routing by issuer is what is under test.
    cognito: { userPoolId: USER_POOL_ID, clientIds: ['pool-client'], jwks: provider.jwks },
  });
});

afterEach(() => closeClients());

afterAll(async () => {
  await api?.stop();
  await provider?.stop();
});

const now = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => ({ authorization: token });
const unauthorized = (field: string, type: string, path: string[], column: number) => ({
  path,
  data: null,
  errorType: 'Unauthorized',
  errorInfo: null,
  locations: [{ line: 1, column, sourceName: null }],
  message: `Not Authorized to access ${field} on type ${type}`,
});

describe('OIDC over HTTP: the caller', () => {
  it('is the OIDC identity {sub, issuer, claims} with util.authType() "Open ID Connect Authorization"', async () => {
    // Prepare
    const token = provider.token({ aud: 'client-b', name: 'Ada' });
    // Act
    const { status, body } = await api.graphql('{ whoami }', bearer(token));
    // Assess
    expect(status).toBe(200);
    const { identity, authType } = JSON.parse((body.data as { whoami: string }).whoami) as { identity: Record<string, unknown>; authType: string };
    expect(authType).toBe('Open ID Connect Authorization');
    expect(identity).toEqual({ sub: 'user-1', issuer: provider.issuer, claims: expect.objectContaining({ sub: 'user-1', aud: 'client-b', name: 'Ada', iss: provider.issuer }) });
  });

  it('is a Cognito user when the JWT names the pool as issuer, on the same API', async () => {
    // Prepare
    const token = provider.token({ iss: COGNITO_ISSUER, aud: undefined, client_id: 'pool-client', token_use: 'access', username: 'alice' });
    // Act
    const { body } = await api.graphql('{ whoami }', bearer(token));
    // Assess
    expect(JSON.parse((body.data as { whoami: string }).whoami)).toMatchObject({ authType: 'User Pool Authorization', identity: { username: 'alice', issuer: COGNITO_ISSUER } });
  });
});

describe('OIDC over HTTP: refused tokens', () => {
  it.each([
    ['an expired token', () => provider.token({ exp: now() - 30 }), 'Token has expired.'],
    ['a token of another issuer', () => provider.token({ iss: 'https://idp.elsewhere.example.com' }), 'Valid authorization header not provided.'],
    ['a token for another client', () => provider.token({ aud: 'client-c' }), 'Valid authorization header not provided.'],
    ['a token signed by a key the provider does not publish', () => provider.forgedToken(), 'Valid authorization header not provided.'],
  ])('answers %s with HTTP 401 UnauthorizedException', async (_label, token, message) => {
    // Act
    const { status, body } = await api.graphql('{ whoami }', bearer(token()));
    // Assess
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message }] });
  });
});

describe('OIDC as the default mode: directives', () => {
  it('lets an OIDC caller read a field without directives, but not an API key caller', async () => {
    // Act
    const oidc = await api.graphql('{ defaultOnly }', bearer(provider.token()));
    const apiKey = await api.graphql('{ defaultOnly }', { 'x-api-key': AUTH_API_KEY });
    // Assess
    expect(oidc.body).toEqual({ data: { defaultOnly: 'default mode' } });
    expect(apiKey.body).toEqual({ data: { defaultOnly: null }, errors: [unauthorized('defaultOnly', 'Query', ['defaultOnly'], 3)] });
  });

  it('refuses an OIDC caller the @aws_lambda field of an @aws_oidc type; siblings still resolve', async () => {
    // Act
    const { body } = await api.graphql('{ note { title lambdaOnly } }', bearer(provider.token()));
    // Assess
    expect(body).toEqual({ data: { note: { title: 'Title', lambdaOnly: null } }, errors: [unauthorized('lambdaOnly', 'Note', ['note', 'lambdaOnly'], 16)] });
  });
});

describe('OIDC on the realtime endpoint', () => {
  const ON_NOTE = { query: 'subscription { onNote { id title } }', variables: {} };

  async function openSocket(token: string): Promise<TestClient> {
    const client = await connect(api.realtimeUrl, ['graphql-ws', headerSubprotocol({ Authorization: token, host: api.host })]);
    client.send({ type: 'connection_init' });
    return client;
  }

  it('connects and subscribes with OIDC tokens, then delivers a published note', async () => {
    // Prepare
    const client = await openSocket(provider.token());
    expect(await client.next()).toMatchObject({ type: 'connection_ack' });
    expect(await client.next()).toEqual({ type: 'ka' });
    client.send(startFrame('o1', ON_NOTE, { Authorization: provider.token({ sub: 'user-2' }), host: api.host }));
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'o1' });

    // Act
    await api.graphql('mutation { postNote(id: "n7", title: "Live") { id title } }', { 'x-api-key': AUTH_API_KEY });

    // Assess
    expect(await client.next()).toEqual({ type: 'data', id: 'o1', payload: { data: { onNote: { id: 'n7', title: 'Live' } } } });
  });

  it('refuses a connection with an expired token with connection_error 401', async () => {
    // Act
    const client = await openSocket(provider.token({ exp: now() - 30 }));
    // Assess
    expect(await client.next()).toEqual({ type: 'connection_error', payload: { errors: [{ errorType: 'UnauthorizedException', message: 'Token has expired.', errorCode: 401 }] } });
  });

  it('refuses a start whose token is for another client with an error for its id', async () => {
    // Prepare
    const client = await openSocket(provider.token());
    await client.next();
    await client.next();
    // Act
    client.send(startFrame('o2', ON_NOTE, { Authorization: provider.token({ aud: 'client-z' }), host: api.host }));
    // Assess
    expect(await client.next()).toMatchObject({ type: 'error', id: 'o2', payload: { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] } });
  });
});
