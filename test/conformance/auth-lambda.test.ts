// AWS_LAMBDA as the default mode over real HTTP and the realtime socket (appsync-spec.md §2, §9.1; AWS
// "AWS_LAMBDA authorization"): an in-process authorizer whose answer depends on the token — allow, deny,
// deniedFields, failures — its event, per-token caching, and the routing of OIDC JWTs past it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type OidcProvider } from '../../local/src/auth/testing/oidc-provider';
import { closeClients, connect, headerSubprotocol, startFrame, type TestClient } from '../../local/src/realtime/testing/realtime-harness';
import { AUTH_API_KEY, startAuthApi, type AuthApi } from './auth-api/start-auth-api';

const API_ID = 'authconformance';
const NOT_AUTHORIZED = { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] };

interface AuthorizerEvent {
  authorizationToken: string;
  requestContext: Record<string, unknown>;
  requestHeaders: Record<string, string>;
}

/** Every event the authorizer received, in order. */
const events: AuthorizerEvent[] = [];
const invocationsFor = (token: string) => events.filter((event) => event.authorizationToken === token);

/** Decides by the token's prefix: `allow-…`, `nocache-…`, `deny`, `denied-…`, `throw`, `hang`. */
async function authorizer(input: unknown): Promise<unknown> {
  const event = input as AuthorizerEvent;
  events.push(event);
  const token = event.authorizationToken;
  if (token === 'throw') throw new Error('authorizer crashed');
  if (token === 'hang') return new Promise(() => {});
  if (token === 'deny') return { isAuthorized: false };
  if (token.startsWith('denied-')) {
    return { isAuthorized: true, resolverContext: { token }, deniedFields: ['Note.secret', `arn:aws:appsync:us-east-1:000000000000:apis/${API_ID}/types/Note/fields/required`] };
  }
  return { isAuthorized: true, resolverContext: { tenant: 'acme', token }, ...(token.startsWith('nocache-') ? { ttlOverride: 0 } : {}) };
}

let provider: OidcProvider;
let api: AuthApi;

beforeAll(async () => {
  provider = await startOidcProvider();
  api = await startAuthApi({
    defaultMode: 'AWS_LAMBDA',
    lambda: { handler: authorizer, resultTtlSeconds: 300, identityValidationExpression: '[\\w-]+', timeoutSeconds: 0.3, apiId: API_ID },
    apiKeys: [AUTH_API_KEY],
    oidc: { issuer: provider.issuer },
  });
});

afterEach(() => closeClients());

afterAll(async () => {
  await api?.stop();
  await provider?.stop();
});

const token = (value: string) => ({ authorization: value });
const unauthorized = (field: string, type: string, path: string[], column: number) => ({
  path,
  data: null,
  errorType: 'Unauthorized',
  errorInfo: null,
  locations: [{ line: 1, column, sourceName: null }],
  message: `Not Authorized to access ${field} on type ${type}`,
});

describe('Lambda authorizer over HTTP: allow and deny', () => {
  it('sends AppSync’s event and makes resolverContext the caller’s ctx.identity', async () => {
    // Act
    const query = 'query Who($skip: Boolean!) { whoami @skip(if: $skip) } query Other { defaultOnly }';
    const { status, body } = await api.graphql(query, token('allow-event'), { operationName: 'Who', variables: { skip: false } });

    // Assess
    expect(status).toBe(200);
    expect(JSON.parse((body.data as { whoami: string }).whoami)).toEqual({ identity: { resolverContext: { tenant: 'acme', token: 'allow-event' } }, authType: 'Lambda Authorization' });
    expect(invocationsFor('allow-event')).toEqual([
      {
        authorizationToken: 'allow-event',
        requestContext: { apiId: API_ID, accountId: '000000000000', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), queryString: query, operationName: 'Who', variables: { skip: false } },
        requestHeaders: expect.objectContaining({ authorization: 'allow-event', 'content-type': 'application/json' }),
      },
    ]);
  });

  it.each([
    ['a deny', 'deny'],
    ['an authorizer that throws', 'throw'],
    ['an authorizer that outlives its timeout', 'hang'],
    ['a token refused by identityValidationExpression (function not called)', 'has spaces'],
  ])('answers %s with HTTP 401 UnauthorizedException', async (_label, value) => {
    // Act
    const { status, body } = await api.graphql('{ whoami }', token(value));
    // Assess
    expect(status).toBe(401);
    expect(body).toEqual(NOT_AUTHORIZED);
    expect(invocationsFor(value).length).toBe(value === 'has spaces' ? 0 : 1);
  });
});

describe('Lambda authorizer over HTTP: deniedFields', () => {
  it('nulls a short-form denied field with an Unauthorized error while siblings resolve', async () => {
    // Act
    const { body } = await api.graphql('{ note { title secret } }', token('denied-short'));
    // Assess
    expect(body).toEqual({ data: { note: { title: 'Title', secret: null } }, errors: [unauthorized('secret', 'Note', ['note', 'secret'], 16)] });
  });

  it('applies a denied field given by ARN; a non-null one nulls its parent', async () => {
    // Act
    const { body } = await api.graphql('{ note { title required } whoami }', token('denied-arn'));
    // Assess
    expect(body).toMatchObject({ data: { note: null, whoami: expect.any(String) }, errors: [unauthorized('required', 'Note', ['note', 'required'], 16)] });
  });
});

describe('Lambda authorizer over HTTP: caching by token', () => {
  it('calls the function once per token within resultTtlSeconds', async () => {
    // Act
    for (let i = 0; i < 3; i++) await api.graphql('{ whoami }', token('allow-cached'));
    await api.graphql('{ whoami }', token('allow-other'));
    // Assess
    expect([invocationsFor('allow-cached').length, invocationsFor('allow-other').length]).toEqual([1, 1]);
  });

  it('calls the function every time when its answer says ttlOverride: 0', async () => {
    // Act
    for (let i = 0; i < 3; i++) await api.graphql('{ whoami }', token('nocache-1'));
    // Assess
    expect(invocationsFor('nocache-1').length).toBe(3);
  });
});

describe('Lambda as the default mode: directives and routing', () => {
  it('lets a Lambda caller read a field without directives, but not an API key caller', async () => {
    // Act
    const lambda = await api.graphql('{ defaultOnly note { lambdaOnly } }', token('allow-directives'));
    const apiKey = await api.graphql('{ defaultOnly }', { 'x-api-key': AUTH_API_KEY });
    // Assess
    expect(lambda.body).toEqual({ data: { defaultOnly: 'default mode', note: { lambdaOnly: 'lambda' } } });
    expect(apiKey.body).toEqual({ data: { defaultOnly: null }, errors: [unauthorized('defaultOnly', 'Query', ['defaultOnly'], 3)] });
  });

  it('sends a JWT of the OIDC issuer to OIDC, not to the authorizer', async () => {
    // Prepare
    const jwt = provider.token();
    // Act
    const { body } = await api.graphql('{ whoami defaultOnly }', token(jwt));
    // Assess
    expect(JSON.parse((body.data as { whoami: string }).whoami)).toMatchObject({ authType: 'Open ID Connect Authorization' });
    expect(body.errors).toEqual([unauthorized('defaultOnly', 'Query', ['defaultOnly'], 10)]);
    expect(invocationsFor(jwt)).toEqual([]);
  });
});

describe('Lambda authorizer on the realtime endpoint', () => {
  const ON_NOTE = 'subscription OnNote { onNote { id secret } }';

  async function openSocket(value: string): Promise<TestClient> {
    const client = await connect(api.realtimeUrl, ['graphql-ws', headerSubprotocol({ Authorization: value, host: api.host })]);
    client.send({ type: 'connection_init' });
    return client;
  }

  async function subscribe(client: TestClient, id: string, value: string): Promise<void> {
    client.send(startFrame(id, { query: ON_NOTE, variables: {} }, { Authorization: value, host: api.host }));
    expect(await client.next()).toEqual({ type: 'start_ack', id });
  }

  it('authorizes the connection with an empty query and the start with the subscription’s', async () => {
    // Prepare
    const client = await openSocket('allow-rt-connection');
    expect(await client.next()).toMatchObject({ type: 'connection_ack' });
    await client.next();

    // Act
    await subscribe(client, 'l1', 'allow-rt-start');

    // Assess
    expect(invocationsFor('allow-rt-connection').map((event) => event.requestContext.queryString)).toEqual(['']);
    expect(invocationsFor('allow-rt-start').map((event) => [event.requestContext.queryString, event.requestContext.operationName])).toEqual([[ON_NOTE, undefined]]);
  });

  it('renders each subscriber’s deniedFields into its own payload', async () => {
    // Prepare
    const client = await openSocket('allow-rt-fanout');
    await client.next();
    await client.next();
    await subscribe(client, 'open', 'allow-rt-fanout');
    await subscribe(client, 'denied', 'denied-rt');

    // Act
    await api.graphql('mutation { postNote(id: "n9", title: "Fan-out") { id secret } }', { 'x-api-key': AUTH_API_KEY });
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(frames).toEqual(
      expect.arrayContaining([
        { type: 'data', id: 'open', payload: { data: { onNote: { id: 'n9', secret: 's3cr3t' } } } },
        { type: 'data', id: 'denied', payload: { data: { onNote: { id: 'n9', secret: null } }, errors: [expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access secret on type Note' })] } },
      ]),
    );
  });

  it('refuses a denied connection with connection_error 401', async () => {
    // Act
    const client = await openSocket('deny');
    // Assess
    expect(await client.next()).toEqual({ type: 'connection_error', payload: { errors: [{ ...NOT_AUTHORIZED.errors[0], errorCode: 401 }] } });
  });
});
