// End to end through every local part with an unmodified aws-amplify v6 client in Node: sign in,
// create and publish an event, and receive it live on onEventPublished over the WebSocket.
import { Amplify } from 'aws-amplify';
import { CONNECTION_STATE_CHANGE, ConnectionState, generateClient } from 'aws-amplify/api';
import { signIn, signOut } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installLocalRealtime } from '../../client/src/lib/local-realtime';
import { startTestStack, type TestStack } from '../harness/local-stack';

const createEvent = /* GraphQL */ `
  mutation Create($input: CreateEventInput!) {
    createEvent(input: $input) { id title status organizerId startsAt timeZone createdAt }
  }
`;
const publishEvent = /* GraphQL */ `
  mutation Publish($id: ID!) { publishEvent(id: $id) { id title status publishedAt startsAt timeZone organizerId createdAt } }
`;
const onEventPublished = /* GraphQL */ `
  subscription OnPublished { onEventPublished { id title status } }
`;
const listEvents = /* GraphQL */ `
  query List($limit: Int, $nextToken: String) { listEvents(limit: $limit, nextToken: $nextToken) { items { id title status } nextToken } }
`;

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  const { outputs } = stack;
  // Node 20 has no global WebSocket; the local realtime endpoint is plain ws (see README).
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
  installLocalRealtime({ realtimeUrl: outputs.realtimeUrl, graphqlUrl: outputs.graphqlUrl });
  Amplify.configure({
    Auth: { Cognito: { userPoolId: outputs.userPoolId, userPoolClientId: outputs.userPoolClientId, userPoolEndpoint: outputs.cognitoEndpoint } },
    API: { GraphQL: { endpoint: outputs.graphqlUrl, region: outputs.region, defaultAuthMode: 'userPool', apiKey: outputs.apiKey } },
  });
});

afterAll(async () => {
  await signOut().catch(() => undefined);
  await stack?.stop();
});

function waitForConnected(): Promise<void> {
  return new Promise((resolve) => {
    const stop = Hub.listen('api', ({ payload }) => {
      if (payload.event === CONNECTION_STATE_CHANGE && (payload.data as { connectionState: string }).connectionState === ConnectionState.Connected) {
        stop();
        resolve();
      }
    });
  });
}

describe('walking skeleton', () => {
  it('lists the seeded published events to an API-key caller', async () => {
    // Prepare
    const client = generateClient();
    const titles: string[] = [];
    let nextToken: string | null | undefined;
    // Act
    do {
      const page = (await client.graphql({ query: listEvents, variables: { limit: 50, nextToken }, authMode: 'apiKey' })) as {
        data: { listEvents: { items: { title: string; status: string }[]; nextToken: string | null } };
      };
      titles.push(...page.data.listEvents.items.map((item) => item.title));
      nextToken = page.data.listEvents.nextToken;
    } while (nextToken);
    // Assess
    expect(titles).toEqual(['Open Source Saturday', 'Serverless Meetup: AppSync in practice', 'Community Picnic']);
  });

  it('signs in, creates and publishes an event, and receives it on onEventPublished', async () => {
    // Prepare
    const organizer = stack.outputs.demoUsers.find((user) => user.groups.includes('organizers'))!;
    const result = await signIn({ username: organizer.username, password: organizer.password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(result.isSignedIn).toBe(true);
    const client = generateClient();
    const received: { id: string; title: string; status: string }[] = [];
    const connected = waitForConnected();
    const observable = client.graphql({ query: onEventPublished, authMode: 'apiKey' }) as unknown as {
      subscribe(observer: { next(message: { data: { onEventPublished: { id: string; title: string; status: string } } }): void }): { unsubscribe(): void };
    };
    const subscription = observable.subscribe({
      next: (message: { data: { onEventPublished: { id: string; title: string; status: string } } }) => received.push(message.data.onEventPublished),
    });
    await connected;

    // Act
    const created = (await client.graphql({
      query: createEvent,
      variables: { input: { title: 'Skeleton launch party', description: 'First event end to end', startsAt: '2030-05-01T18:00:00+02:00', timeZone: 'Europe/Berlin', venue: { name: 'Spreewerk' } } },
    })) as { data: { createEvent: { id: string; status: string; startsAt: string } } };
    const published = (await client.graphql({ query: publishEvent, variables: { id: created.data.createEvent.id } })) as {
      data: { publishEvent: { id: string; status: string } };
    };
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    subscription.unsubscribe();

    // Assess
    expect(created.data.createEvent.status).toBe('DRAFT');
    expect(created.data.createEvent.startsAt).toBe('2030-05-01T16:00:00.000Z');
    expect(published.data.publishEvent.status).toBe('PUBLISHED');
    expect(received).toEqual([{ id: created.data.createEvent.id, title: 'Skeleton launch party', status: 'PUBLISHED' }]);
  });

  it('refuses createEvent to an attendee with an Unauthorized field error', async () => {
    // Prepare
    await signOut();
    const attendee = stack.outputs.demoUsers.find((user) => user.username === 'attendee')!;
    await signIn({ username: attendee.username, password: attendee.password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    const client = generateClient();
    // Act
    const failure = await (client.graphql({ query: createEvent, variables: { input: { title: 'Not mine', startsAt: '2030-01-01T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/x' } } }) as Promise<unknown>)
      .then(() => null, (error: { errors: { errorType: string; message: string }[] }) => error);
    // Assess
    expect(failure?.errors[0]).toMatchObject({ errorType: 'Unauthorized', message: 'Not Authorized to access createEvent on type Mutation' });
  });
});
