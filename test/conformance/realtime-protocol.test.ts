// The AppSync real-time protocol against the real local server (appsync-spec.md §10.1–10.2), with a
// raw WebSocket client: both auth transports and both paths, the start → data → stop → complete
// lifecycle, and every error path a client can hit (header, token, field auth, start, stop, size).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeClients, connect, headerQuery, headerSubprotocol, startFrame, type TestClient } from '../../local/src/realtime/testing/realtime-harness';
import { iamHeaders } from './realtime-fixture/iam-signing';
import { FIXTURE_API_KEY, startFixtureServer, type FixtureServer } from './realtime-fixture/realtime-fixture';
import { createTestTokens, type TestTokens } from './realtime-fixture/test-tokens';

let server: FixtureServer;
let tokens: TestTokens;
let apiKeyHeader: Record<string, string>;

beforeAll(async () => {
  tokens = createTestTokens();
  server = await startFixtureServer({ cognito: tokens.verifier });
  apiKeyHeader = { host: server.host, 'x-api-key': FIXTURE_API_KEY };
});

afterEach(() => closeClients());

afterAll(async () => {
  await server?.stop();
});

const ON_TICKET = 'subscription OnTicket($group: String) { onTicket(group: $group) { id title } }';
const CREATE = 'mutation Create($input: TicketInput!) { createTicket(input: $input) { id title group } }';

/** A socket past connection_init, with its ack and first ka consumed. */
async function openSocket(header: Record<string, string> = apiKeyHeader, path = '/graphql/realtime'): Promise<TestClient> {
  const client = await connect(server.realtimeUrl.replace('/graphql/realtime', path), ['graphql-ws', headerSubprotocol(header)]);
  client.send({ type: 'connection_init' });
  expect(await client.next()).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300_000 } });
  expect(await client.next()).toEqual({ type: 'ka' });
  return client;
}

async function createTicket(input: Record<string, unknown>) {
  const response = await server.graphql(CREATE, { input });
  expect(response.errors).toBeUndefined();
}

describe('realtime protocol: handshake', () => {
  it.each<[string, string, (header: unknown) => { protocols: string[]; suffix: string }]>([
    ['header- subprotocol on /graphql/realtime (aws-amplify v6)', '/graphql/realtime', (header) => ({ protocols: ['graphql-ws', headerSubprotocol(header)], suffix: '' })],
    ['?header=&payload= on /graphql/realtime', '/graphql/realtime', (header) => ({ protocols: ['graphql-ws'], suffix: headerQuery(header) })],
    ['?header=&payload= on /graphql (AWS guide)', '/graphql', (header) => ({ protocols: ['graphql-ws'], suffix: headerQuery(header) })],
  ])('accepts %s and answers graphql-ws', async (_name, path, transport) => {
    // Prepare
    const { protocols, suffix } = transport(apiKeyHeader);

    // Act
    const client = await connect(`${server.realtimeUrl.replace('/graphql/realtime', path)}${suffix}`, protocols);
    client.send({ type: 'connection_init' });

    // Assess
    expect(client.protocol).toBe('graphql-ws');
    expect(await client.next()).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300_000 } });
  });

  it.each<[string, () => string[], Record<string, unknown>]>([
    ['a header that is not base64 JSON', () => ['graphql-ws', `header-${Buffer.from('{nope').toString('base64url')}`], { errorType: 'BadRequestException', errorCode: 400 }],
    ['no header at all', () => ['graphql-ws'], { errorType: 'BadRequestException', errorCode: 400 }],
    ['an unknown API key', () => ['graphql-ws', headerSubprotocol({ host: server.host, 'x-api-key': 'da2-wrong' })], { errorType: 'UnauthorizedException', errorCode: 401 }],
    [
      'an expired Cognito token',
      () => ['graphql-ws', headerSubprotocol({ host: server.host, Authorization: tokens.accessToken('alice', { expiresIn: -60 }) })],
      { errorType: 'UnauthorizedException', errorCode: 401, message: 'Token has expired.' },
    ],
    ['a forged Cognito token', () => ['graphql-ws', headerSubprotocol({ host: server.host, Authorization: tokens.forgedToken('mallory') })], { errorType: 'UnauthorizedException', errorCode: 401 }],
  ])('refuses %s with connection_error, then closes', async (_name, protocols, error) => {
    // Prepare
    const client = await connect(server.realtimeUrl, protocols());

    // Act
    client.send({ type: 'connection_init' });
    const message = await client.next();
    const closed = await client.closed;

    // Assess
    expect(message).toMatchObject({ type: 'connection_error', payload: { errors: [error] } });
    expect(closed.code).toBe(1008);
  });
});

describe('realtime protocol: subscription lifecycle', () => {
  it('acks a start, delivers data for each mutation, and answers stop with complete', async () => {
    // Prepare
    const client = await openSocket();
    client.send(startFrame('s1', { query: ON_TICKET, variables: {} }, apiKeyHeader));
    expect(await client.next()).toEqual({ type: 'start_ack', id: 's1' });

    // Act
    await createTicket({ id: 't1', title: 'First' });
    const data = await client.next();
    client.send({ type: 'stop', id: 's1' });
    const completed = await client.next();
    await createTicket({ id: 't2', title: 'After stop' });

    // Assess
    expect(data).toEqual({ type: 'data', id: 's1', payload: { data: { onTicket: { id: 't1', title: 'First' } } } });
    expect(completed).toEqual({ type: 'complete', id: 's1' });
    expect(await client.silentFor(150)).toBe(true);
    await expect.poll(() => server.app.realtimeStats().subscriptions).toBe(0);
  });

  it('carries many subscriptions on one socket, each with its own id and selection', async () => {
    // Prepare
    const client = await openSocket();
    client.send(startFrame('a', { query: 'subscription { onTicket { id } }', variables: {} }, apiKeyHeader));
    client.send(startFrame('b', { query: 'subscription { onTicket { title } }', variables: {} }, apiKeyHeader));
    const acks = [await client.next(), await client.next()];

    // Act
    await createTicket({ id: 't3', title: 'Both' });
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(acks).toEqual(expect.arrayContaining([{ type: 'start_ack', id: 'a' }, { type: 'start_ack', id: 'b' }]));
    expect(frames).toEqual(
      expect.arrayContaining([
        { type: 'data', id: 'a', payload: { data: { onTicket: { id: 't3' } } } },
        { type: 'data', id: 'b', payload: { data: { onTicket: { title: 'Both' } } } },
      ]),
    );
  });

  it('starts with a Cognito token in the start message on an API-key socket', async () => {
    // Prepare
    const client = await openSocket();
    const authorization = { host: server.host, Authorization: tokens.accessToken('carol') };

    // Act
    client.send(startFrame('c1', { query: ON_TICKET, variables: {} }, authorization));

    // Assess
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'c1' });
  });
});

describe('realtime protocol: IAM', () => {
  it('accepts a connection and a start signed with SigV4 the way aws-amplify signs them', async () => {
    // Prepare
    const connectionHeader = await iamHeaders(server.host, '/graphql/connect', '{}');
    const data = JSON.stringify({ query: ON_TICKET, variables: {} });
    const startHeader = await iamHeaders(server.host, '/graphql', data);

    // Act
    const client = await openSocket(connectionHeader);
    client.send({ id: 'iam', type: 'start', payload: { data, extensions: { authorization: startHeader } } });

    // Assess
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'iam' });
  });

  it('refuses a start whose signature covers other data', async () => {
    // Prepare
    const client = await openSocket();
    const startHeader = await iamHeaders(server.host, '/graphql', JSON.stringify({ query: 'subscription { onTicket { id } }', variables: {} }));

    // Act
    client.send({ id: 'iam', type: 'start', payload: { data: JSON.stringify({ query: ON_TICKET, variables: {} }), extensions: { authorization: startHeader } } });

    // Assess
    expect(await client.next()).toMatchObject({ type: 'error', id: 'iam', payload: { errors: [{ errorType: 'InvalidSignatureException' }] } });
  });
});

describe('realtime protocol: start errors', () => {
  it.each<[string, () => Record<string, unknown>, Record<string, unknown>]>([
    ['payload.data that is not JSON', () => ({ id: 'm', type: 'start', payload: { data: '{not json', extensions: { authorization: apiKeyHeader } } }), { errorType: 'BadRequestException' }],
    ['no payload', () => ({ id: 'm', type: 'start' }), { errorType: 'BadRequestException' }],
    ['no authorization', () => ({ id: 'm', type: 'start', payload: { data: JSON.stringify({ query: ON_TICKET }) } }), { errorType: 'UnauthorizedException' }],
    // graphql-java's wording, as in the start errors Amplify users recorded (amplify-js#7114, amplify-cli#6230).
    ['a query that does not parse', () => startFrame('m', { query: 'subscription {', variables: {} }, apiKeyHeader), { errorType: 'ValidationError', message: "Invalid Syntax : offending token '<EOF>' at line 1 column 15" }],
    [
      'an unknown field',
      () => startFrame('m', { query: 'subscription { onNothing { id } }', variables: {} }, apiKeyHeader),
      { errorType: 'ValidationError', message: "Validation error of type FieldUndefined: Field 'onNothing' in type 'Subscription' is undefined @ 'onNothing'" },
    ],
    ['a variable of the wrong type', () => startFrame('m', { query: ON_TICKET, variables: { group: 7 } }, apiKeyHeader), { errorType: 'ValidationError' }],
    ['a mutation', () => startFrame('m', { query: CREATE, variables: { input: { id: 'x', title: 'x' } } }, apiKeyHeader), { errorType: 'UnsupportedOperation' }],
    ['an expired token', () => startFrame('m', { query: ON_TICKET, variables: {} }, { host: server.host, Authorization: tokens.accessToken('dave', { expiresIn: -1 }) }), { errorType: 'UnauthorizedException', message: 'Token has expired.' }],
    ['a forged token', () => startFrame('m', { query: ON_TICKET, variables: {} }, { host: server.host, Authorization: tokens.forgedToken('eve') }), { errorType: 'UnauthorizedException' }],
    [
      'a field limited to a Cognito group, with an API key',
      () => startFrame('m', { query: 'subscription { onAdminTicket { id } }', variables: {} }, apiKeyHeader),
      { errorType: 'Unauthorized', message: 'Not Authorized to access onAdminTicket on type Subscription' },
    ],
    [
      'a field limited to a Cognito group, as a user outside it',
      () => startFrame('m', { query: 'subscription { onAdminTicket { id } }', variables: {} }, { host: server.host, Authorization: tokens.accessToken('frank', { groups: ['staff'] }) }),
      { errorType: 'Unauthorized', message: 'Not Authorized to access onAdminTicket on type Subscription' },
    ],
    ['a resolver that calls util.error', () => startFrame('m', { query: 'subscription { onRefusedTicket { id } }', variables: {} }, apiKeyHeader), { errorType: 'SubscriptionsPaused', message: 'Subscriptions are paused' }],
  ])('answers a start with %s by an error for its id', async (_name, frame, error) => {
    // Prepare
    const client = await openSocket();

    // Act
    client.send(frame());
    const message = await client.next();

    // Assess
    expect(message).toMatchObject({ type: 'error', id: 'm', payload: { errors: [error] } });
    await expect.poll(() => server.app.realtimeStats().subscriptions).toBe(0);
  });

  it('starts a group-limited field for a member of the group', async () => {
    // Prepare
    const client = await openSocket();
    const authorization = { host: server.host, Authorization: tokens.accessToken('grace', { groups: ['admins'] }) };

    // Act
    client.send(startFrame('admin', { query: 'subscription { onAdminTicket { id } }', variables: {} }, authorization));

    // Assess
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'admin' });
  });
});

describe('realtime protocol: other errors', () => {
  it('answers a stop for an unknown id with an error and keeps the socket', async () => {
    // Prepare
    const client = await openSocket();

    // Act
    client.send({ type: 'stop', id: 'never-started' });
    const message = await client.next();
    client.send(startFrame('after', { query: ON_TICKET, variables: {} }, apiKeyHeader));

    // Assess
    expect(message).toMatchObject({ type: 'error', id: 'never-started', payload: { errors: [{ errorType: 'BadRequestException' }] } });
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'after' });
  });

  it('answers an unknown message type with UnsupportedOperation', async () => {
    // Prepare
    const client = await openSocket();

    // Act
    client.send({ type: 'subscribe', id: 'x' });

    // Assess
    expect(await client.next()).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'UnsupportedOperation' }] } });
  });

  it('ends a subscription with LimitExceededError instead of delivering a payload over 240 KB', async () => {
    // Prepare
    const client = await openSocket();
    client.send(startFrame('big', { query: ON_TICKET, variables: {} }, apiKeyHeader));
    expect(await client.next()).toEqual({ type: 'start_ack', id: 'big' });

    // Act
    await createTicket({ id: 'huge', title: 'x'.repeat(250 * 1024) });
    const message = await client.next();
    await createTicket({ id: 'small', title: 'fits' });

    // Assess
    expect(message).toMatchObject({ type: 'error', id: 'big', payload: { errors: [{ errorType: 'LimitExceededError' }] } });
    expect(await client.silentFor(150)).toBe(true);
  });
});
