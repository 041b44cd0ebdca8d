// Every field of the schema × every kind of caller: root fields are called for real (HTTP and the
// realtime socket); nested fields are checked against the directive rules. A field added to the
// schema without an entry here fails the suite.
import { buildSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthMode } from '../../local/src/auth/auth-context';
import { authRules } from '../../local/src/auth/directives';
import { apiClient, dataOf, type Caller, type GraphQLResult } from '../harness/api-client';
import { repoRoot, startTestStack, type TestStack } from '../harness/local-stack';
import { subscribe, type RealtimeAuth } from '../harness/realtime-client';

type Who = 'none' | 'apiKey' | 'attendee' | 'owner' | 'otherOrganizer' | 'admin';
type Verdict = 'allow' | 'deny' | 'hidden';
const WHO: Who[] = ['none', 'apiKey', 'attendee', 'owner', 'otherOrganizer', 'admin'];
const [A, D, H] = ['allow', 'deny', 'hidden'] as const;

interface Fixture {
  published: string;
  draft(): Promise<string>;
  publishedFresh(): Promise<string>;
}

interface Operation {
  expected: [Verdict, Verdict, Verdict, Verdict, Verdict, Verdict];
  query: string;
  variables?: (fixture: Fixture, who: Who) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Run before the call as the same caller (e.g. register before cancelling). */
  before?: string;
}

const EVENT_INPUT = { title: 'Matrix', startsAt: '2031-05-05T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/m' };

const root: Record<string, Operation> = {
  'Query.getEvent': { expected: [D, A, A, A, A, A], query: 'query ($id: ID!) { getEvent(id: $id) { id } }', variables: (f) => ({ id: f.published }) },
  'Query.listEvents': { expected: [D, A, A, A, A, A], query: '{ listEvents { nextToken } }' },
  'Query.myEvents': { expected: [D, D, D, A, A, A], query: '{ myEvents { nextToken } }' },
  'Query.myRegistrations': { expected: [D, D, A, A, A, A], query: '{ myRegistrations { nextToken } }' },
  'Query.myRegistration': { expected: [D, D, A, A, A, A], query: 'query ($id: ID!) { myRegistration(eventId: $id) { status } }', variables: (f) => ({ id: f.published }) },
  'Query.eventRegistrations': { expected: [D, D, D, A, H, A], query: 'query ($id: ID!) { eventRegistrations(eventId: $id) { nextToken } }', variables: (f) => ({ id: f.published }) },
  'Query.announcement': { expected: [D, D, D, A, H, A], query: 'query ($id: ID!) { announcement(eventId: $id) { status } }', variables: (f) => ({ id: f.published }) },
  'Mutation.createEvent': { expected: [D, D, D, A, A, A], query: 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', variables: () => ({ input: EVENT_INPUT }) },
  'Mutation.updateEvent': {
    expected: [D, D, D, A, H, A],
    query: 'mutation ($id: ID!) { updateEvent(id: $id, input: { title: "Changed" }, expectedVersion: 1) { id } }',
    variables: async (f) => ({ id: await f.draft() }),
  },
  'Mutation.publishEvent': { expected: [D, D, D, A, H, A], query: 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', variables: async (f) => ({ id: await f.draft() }) },
  'Mutation.cancelEvent': {
    expected: [D, D, D, A, H, A],
    query: 'mutation ($id: ID!) { cancelEvent(id: $id, reason: "Matrix") { id } }',
    variables: async (f) => ({ id: await f.publishedFresh() }),
  },
  'Mutation.deleteEvent': { expected: [D, D, D, A, H, A], query: 'mutation ($id: ID!) { deleteEvent(id: $id) { id } }', variables: async (f) => ({ id: await f.draft() }) },
  'Mutation.createEventImageUpload': {
    expected: [D, D, D, A, H, A],
    query: 'mutation ($id: ID!) { createEventImageUpload(eventId: $id, contentType: "image/png", contentLength: 1000) { key } }',
    variables: async (f) => ({ id: await f.draft() }),
  },
  'Mutation.setEventImage': {
    expected: [D, D, D, A, H, A],
    query: 'mutation ($id: ID!) { setEventImage(eventId: $id, key: "events/none/missing.png", alt: "Nothing") { id } }',
    variables: async (f) => ({ id: await f.draft() }),
  },
  'Mutation.registerForEvent': { expected: [D, D, A, A, A, A], query: 'mutation ($id: ID!) { registerForEvent(eventId: $id) { status } }', variables: (f) => ({ id: f.published }) },
  'Mutation.cancelRegistration': {
    expected: [D, D, A, A, A, A],
    before: 'mutation ($id: ID!) { registerForEvent(eventId: $id) { status } }',
    query: 'mutation ($id: ID!) { cancelRegistration(eventId: $id) { status } }',
    variables: async (f) => ({ id: await f.publishedFresh() }),
  },
  'Mutation.subscribeToAnnouncements': {
    expected: [D, A, A, A, A, A],
    query: 'mutation ($email: AWSEmail!) { subscribeToAnnouncements(email: $email) { accepted } }',
    variables: (_f, who) => ({ email: `${who}@matrix.test` }),
  },
  'Mutation.confirmSubscription': { expected: [D, A, A, A, A, A], query: 'mutation { confirmSubscription(token: "nonexistent-token-0000") { status } }' },
  'Mutation.unsubscribe': { expected: [D, A, A, A, A, A], query: 'mutation { unsubscribe(token: "nonexistent-token-0000") { status } }' },
  'Mutation.reportAnnouncementProgress': {
    expected: [D, D, D, D, D, D],
    query: 'mutation ($id: ID!) { reportAnnouncementProgress(input: { eventId: $id, status: SENDING, total: 1, sent: 0, failed: 0 }) { status } }',
    variables: (f) => ({ id: f.published }),
  },
  'Subscription.onEventPublished': { expected: [D, A, A, A, A, A], query: 'subscription { onEventPublished { id } }' },
  'Subscription.onEventChanged': { expected: [D, A, A, A, A, A], query: 'subscription ($id: ID!) { onEventChanged(id: $id) { id } }', variables: (f) => ({ id: f.published }) },
  'Subscription.onRegistrationChanged': {
    expected: [D, A, A, A, A, A],
    query: 'subscription ($id: ID!) { onRegistrationChanged(eventId: $id) { eventId } }',
    variables: (f) => ({ id: f.published }),
  },
  'Subscription.onAnnouncementProgress': {
    expected: [D, D, D, A, H, A],
    query: 'subscription ($id: ID!) { onAnnouncementProgress(eventId: $id) { status } }',
    variables: (f) => ({ id: f.published }),
  },
};

// Nested fields: the auth modes their directives grant (Cognito = any signed-in user).
const COGNITO_AND_KEY: AuthMode[] = ['AMAZON_COGNITO_USER_POOLS', 'API_KEY'];
const nested: Record<string, { modes: AuthMode[]; fields?: Record<string, AuthMode[]> }> = {
  Event: { modes: COGNITO_AND_KEY },
  Venue: { modes: COGNITO_AND_KEY },
  EventImage: { modes: COGNITO_AND_KEY },
  ImageUpload: { modes: ['AMAZON_COGNITO_USER_POOLS'] },
  SeatAvailability: { modes: COGNITO_AND_KEY },
  EventConnection: { modes: COGNITO_AND_KEY },
  Registration: { modes: COGNITO_AND_KEY, fields: { userId: ['AMAZON_COGNITO_USER_POOLS'] } },
  RegistrationConnection: { modes: ['AMAZON_COGNITO_USER_POOLS'] },
  AnnouncementSignup: { modes: COGNITO_AND_KEY },
  AnnouncementSubscriber: { modes: COGNITO_AND_KEY },
  Announcement: { modes: ['AMAZON_COGNITO_USER_POOLS', 'AWS_IAM'] },
};

const schema = buildSchema(readFileSync(join(repoRoot, 'schema/appsync.graphql'), 'utf8') + readFileSync(join(repoRoot, 'schema/schema.graphql'), 'utf8'));
const rootTypes = ['Query', 'Mutation', 'Subscription'];

function verdictOf(result: GraphQLResult): Verdict {
  const types = (result.errors ?? []).map((error) => error.errorType);
  if (result.status === 401 || types.includes('Unauthorized') || types.includes('UnauthorizedException')) return D;
  if (types.includes('NotFound')) return H;
  return A;
}

function realtimeVerdict(outcome: 'ack' | { errorType?: string }[]): Verdict {
  if (outcome === 'ack') return A;
  const types = outcome.map((error) => error.errorType);
  return types.includes('NotFound') ? H : D;
}

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
const callers = {} as Record<Who, Caller>;
let fixture: Fixture;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  callers.none = api.anonymous;
  callers.apiKey = api.apiKey;
  [callers.attendee, callers.owner, callers.otherOrganizer, callers.admin] = await Promise.all([
    api.signIn('m-attendee', 'Passw0rd!1'),
    api.signIn('m-owner', 'Passw0rd!2', ['organizers']),
    api.signIn('m-other', 'Passw0rd!3', ['organizers']),
    api.signIn('m-admin', 'Passw0rd!4', ['admins']),
  ]);
  const create = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
  const draft = async () => dataOf(await api.call<{ createEvent: { id: string } }>(callers.owner, create, { input: EVENT_INPUT })).createEvent.id;
  const publishedFresh = async () => {
    const id = await draft();
    dataOf(await api.call(callers.owner, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id }));
    return id;
  };
  fixture = { published: await publishedFresh(), draft, publishedFresh };
});

afterAll(async () => {
  await stack?.stop();
});

describe('authorization matrix', () => {
  it('has an entry for every root field and every object type of the schema', () => {
    // Prepare
    const rootFields = rootTypes.flatMap((name) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).map((field) => `${name}.${field}`));
    const objectTypes = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__') && !rootTypes.includes(type.name)).map((type) => type.name);
    // Assess
    expect(Object.keys(root).sort()).toEqual(rootFields.sort());
    expect(Object.keys(nested).sort()).toEqual(objectTypes.sort());
  });

  const cases = Object.entries(root).flatMap(([field, operation]) => WHO.map((who, column) => [field, who, operation.expected[column]] as const));

  it.each(cases)('%s as %s → %s', async (field, who, expected) => {
    // Prepare
    const operation = root[field];
    const variables = (await operation.variables?.(fixture, who)) ?? {};
    if (operation.before) await api.call(callers[who], operation.before, variables);
    // Act
    let verdict: Verdict;
    if (field.startsWith('Subscription.')) {
      const caller = callers[who];
      const auth = (caller.kind === 'apiKey' ? { 'x-api-key': stack.outputs.apiKey } : caller.kind === 'token' ? { Authorization: caller.token } : {}) as RealtimeAuth;
      const live = subscribe({ graphqlUrl: stack.outputs.graphqlUrl, realtimeUrl: stack.outputs.realtimeUrl, auth, query: operation.query, variables });
      verdict = realtimeVerdict(await live.started);
      live.close();
    } else {
      verdict = verdictOf(await api.call(callers[who], operation.query, variables));
    }
    // Assess
    expect(verdict).toBe(expected);
  });

  it.each(Object.entries(nested))('fields of %s grant exactly the designed modes', (typeName, expectation) => {
    // Prepare
    const rules = authRules(schema, 'AMAZON_COGNITO_USER_POOLS');
    const fields = Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields());
    // Act
    const granted = Object.fromEntries(fields.map((field) => [field, [...rules.get(`${typeName}.${field}`)!.modes].sort()]));
    // Assess
    expect(granted).toEqual(Object.fromEntries(fields.map((field) => [field, [...(expectation.fields?.[field] ?? expectation.modes)].sort()])));
  });
});
