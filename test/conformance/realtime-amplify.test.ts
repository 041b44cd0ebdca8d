// An unmodified aws-amplify v6 client in Node against the realtime fixture API: with an API key and
// with a Cognito user signed in through the cognito-local stand-in, it receives subscription data,
// gets only what its arguments or enhanced filter select, and stops subscriptions on unsubscribe.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { signIn, signOut } from 'aws-amplify/auth';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installLocalRealtime } from '../../client/src/lib/local-realtime';
import { createCognitoVerifier, fetchJwks } from '../../local/src/auth/cognito-verifier';
import { startCognitoLocal, type CognitoLocal } from '../../local/src/services/cognito-local';
import { ensureAppClient, ensureUser } from '../../local/src/services/cognito-provision';
import { freePort } from '../../local/src/services/ports';
import { FIXTURE_API_KEY, startFixtureServer, type FixtureServer } from './realtime-fixture/realtime-fixture';

const REGION = 'us-east-1';
const USER_POOL_ID = 'us-east-1_RealtimeA1';
const READER = { username: 'reader', password: 'Reader-Passw0rd!', email: 'reader@example.com', groups: [] };

const CREATE = /* GraphQL */ `
  mutation Create($input: TicketInput!) {
    createTicket(input: $input) { id title group severity }
  }
`;

interface Ticket {
  id: string;
  title: string;
}

interface Observable {
  subscribe(observer: { next(message: { data: Record<string, Ticket> }): void; error?(error: unknown): void }): { unsubscribe(): void };
}

let dataDir: string;
let cognito: CognitoLocal;
let server: FixtureServer;
let restoreWebSocket: () => void;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'realtime-amplify-'));
  cognito = await startCognitoLocal({ port: await freePort(), dataDir, userPoolId: USER_POOL_ID, region: REGION });
  const clientId = await ensureAppClient(cognito.endpoint, USER_POOL_ID, 'realtime-amplify');
  await ensureUser(cognito.endpoint, USER_POOL_ID, READER);
  server = await startFixtureServer({ cognito: createCognitoVerifier({ userPoolId: USER_POOL_ID, clientIds: [clientId], jwks: await fetchJwks(cognito.jwksUri) }) });

  // Node 20 has no global WebSocket; the local realtime endpoint is plain ws (see README).
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
  restoreWebSocket = installLocalRealtime({ realtimeUrl: server.realtimeUrl, graphqlUrl: server.graphqlUrl });
  Amplify.configure({
    Auth: { Cognito: { userPoolId: USER_POOL_ID, userPoolClientId: clientId, userPoolEndpoint: cognito.endpoint } },
    API: { GraphQL: { endpoint: server.graphqlUrl, region: REGION, defaultAuthMode: 'apiKey', apiKey: FIXTURE_API_KEY } },
  });
});

afterAll(async () => {
  await signOut().catch(() => undefined);
  restoreWebSocket?.();
  await server?.stop();
  await cognito?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Subscribes and waits until the server has acknowledged `expectedLive` subscriptions in total. */
async function subscribe(query: string, variables: Record<string, unknown>, authMode: 'apiKey' | 'userPool', expectedLive: number) {
  const received: string[] = [];
  const errors: unknown[] = [];
  const observable = generateClient().graphql({ query, variables, authMode }) as unknown as Observable;
  const subscription = observable.subscribe({ next: ({ data }) => received.push(Object.values(data)[0].id), error: (error) => errors.push(error) });
  await expect.poll(() => server.app.realtimeStats().subscriptions).toBe(expectedLive);
  return { received, errors, subscription };
}

async function create(input: Record<string, unknown>, authMode: 'apiKey' | 'userPool') {
  await generateClient().graphql({ query: CREATE, variables: { input }, authMode });
}

describe('aws-amplify v6 subscriptions', () => {
  it('with an API key: receives, filters by argument, and stops on unsubscribe', async () => {
    // Prepare
    const ops = await subscribe('subscription Ops($group: String) { onTicket(group: $group) { id title } }', { group: 'ops' }, 'apiKey', 1);
    const all = await subscribe('subscription All { onTicket { id title } }', {}, 'apiKey', 2);

    // Act
    await create({ id: 'a1', title: 'Ops ticket', group: 'ops' }, 'apiKey');
    await create({ id: 'a2', title: 'Net ticket', group: 'net' }, 'apiKey');
    await expect.poll(() => all.received).toEqual(['a1', 'a2']);
    ops.subscription.unsubscribe();
    all.subscription.unsubscribe();
    await expect.poll(() => server.app.realtimeStats().subscriptions).toBe(0);
    await create({ id: 'a3', title: 'After unsubscribe', group: 'ops' }, 'apiKey');

    // Assess
    expect(ops.received).toEqual(['a1']);
    expect(all.received).toEqual(['a1', 'a2']);
    expect([...ops.errors, ...all.errors]).toEqual([]);
  });

  it('with a Cognito user: receives what its enhanced filter selects, and stops on unsubscribe', async () => {
    // Prepare
    const result = await signIn({ username: READER.username, password: READER.password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(result.isSignedIn).toBe(true);
    const severe = await subscribe(
      'subscription Severe($filter: AWSJSON) { onFilteredTicket(filter: $filter) { id title } }',
      { filter: JSON.stringify({ severity: { ge: 5 } }) },
      'userPool',
      1,
    );
    const ops = await subscribe('subscription Ops($group: String) { onTicket(group: $group) { id title } }', { group: 'ops' }, 'userPool', 2);

    // Act
    await create({ id: 'c1', title: 'Minor', group: 'ops', severity: 2 }, 'userPool');
    await create({ id: 'c2', title: 'Major', group: 'net', severity: 7 }, 'userPool');
    await create({ id: 'c3', title: 'Major ops', group: 'ops', severity: 9 }, 'userPool');
    await expect.poll(() => severe.received).toEqual(['c2', 'c3']);
    await expect.poll(() => ops.received).toEqual(['c1', 'c3']);
    severe.subscription.unsubscribe();
    ops.subscription.unsubscribe();
    await expect.poll(() => server.app.realtimeStats().subscriptions).toBe(0);
    await create({ id: 'c4', title: 'After unsubscribe', group: 'ops', severity: 9 }, 'userPool');

    // Assess
    expect(severe.received).toEqual(['c2', 'c3']);
    expect(ops.received).toEqual(['c1', 'c3']);
    expect([...severe.errors, ...ops.errors]).toEqual([]);
  });
});
