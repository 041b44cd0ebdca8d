// What subscribers receive (appsync-spec.md §10.3–10.4), against the real local server: argument
// filtering on the mutation's own selection, projection onto the subscriber's selection, field auth
// in payloads, every enhanced filter operator and limit, and invalidation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeClients, connect, headerSubprotocol, startFrame, type TestClient } from '../../local/src/realtime/testing/realtime-harness';
import { iamHeaders } from './realtime-fixture/iam-signing';
import { FIXTURE_API_KEY, startFixtureServer, type FixtureServer } from './realtime-fixture/realtime-fixture';
import { createTestTokens, type TestTokens } from './realtime-fixture/test-tokens';

let server: FixtureServer;
let tokens: TestTokens;
let apiKey: Record<string, string>;

beforeAll(async () => {
  tokens = createTestTokens();
  server = await startFixtureServer({ cognito: tokens.verifier });
  apiKey = { host: server.host, 'x-api-key': FIXTURE_API_KEY };
});

afterEach(() => closeClients());

afterAll(async () => {
  await server?.stop();
});

const FULL = 'id title group severity tags meta { source level }';

const TICKETS = [
  { id: 't1', title: 'Printer jam', group: 'ops', severity: 2, tags: ['hardware', 'urgent'], meta: { source: 'email', level: 1 } },
  { id: 't2', title: 'VPN down', group: 'net', severity: 5, tags: ['network'], meta: { source: 'phone', level: 3 } },
  { id: 't3', title: 'Password reset', group: 'ops', severity: 8, tags: [], meta: { source: 'web', level: 5 } },
  { id: 't4', title: 'Printer out of toner', severity: 1 },
];

async function openSocket(): Promise<TestClient> {
  const client = await connect(server.realtimeUrl, ['graphql-ws', headerSubprotocol(apiKey)]);
  client.send({ type: 'connection_init' });
  await client.next(); // connection_ack
  await client.next(); // ka
  return client;
}

/** Starts one subscription per entry on `client` and waits for every ack (or returns the errors). */
async function start(client: TestClient, subscriptions: Record<string, { query: string; variables?: Record<string, unknown>; authorization?: unknown }>) {
  for (const [id, { query, variables = {}, authorization = apiKey }] of Object.entries(subscriptions)) {
    client.send(startFrame(id, { query, variables }, authorization));
  }
  const answers: Record<string, Record<string, unknown>> = {};
  for (let remaining = Object.keys(subscriptions).length; remaining > 0; remaining -= 1) {
    const frame = await client.next();
    answers[frame.id as string] = frame;
  }
  return answers;
}

async function mutate(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  return server.graphql(query, variables, headers);
}

async function create(ticket: Record<string, unknown>, selection = FULL, headers?: Record<string, string>) {
  const response = await mutate(`mutation Create($input: TicketInput!) { createTicket(input: $input) { ${selection} } }`, { input: ticket }, headers);
  expect(response.errors).toBeUndefined();
}

/** Frames until `sentinelId` has received `sentinelTicket`, grouped by subscription id (sentinel excluded). */
async function collectUntil(client: TestClient, sentinelId: string, sentinelTicket: string): Promise<Record<string, unknown[]>> {
  const received: Record<string, unknown[]> = {};
  for (;;) {
    const frame = (await client.next(2_000)) as { id: string; type: string; payload?: { data?: Record<string, { id?: string } | null> } };
    const ticket = frame.payload?.data ? Object.values(frame.payload.data)[0] : undefined;
    if (frame.id === sentinelId) {
      if (ticket?.id === sentinelTicket) return received;
      continue;
    }
    (received[frame.id] ??= []).push(frame.type === 'data' ? (ticket?.id ?? frame.payload) : frame.type);
  }
}

describe('argument filtering', () => {
  it('delivers to every subscriber whose non-null arguments equal the published fields', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, {
      ops: { query: 'subscription { onTicket(group: "ops") { id } }' },
      severe: { query: 'subscription($s: Int) { onTicket(severity: $s) { id } }', variables: { s: 5 } },
      opsAndSevere: { query: 'subscription { onTicket(group: "ops", severity: 8) { id } }' },
      nullArgument: { query: 'subscription { onTicket(group: null) { id } }' },
      all: { query: 'subscription { onTicket { id } }' },
    });

    // Act
    for (const ticket of TICKETS) await create(ticket);
    const received = await collectUntil(client, 'all', 't4');

    // Assess
    expect(received).toEqual({ ops: ['t1', 't3'], severe: ['t2'], opsAndSevere: ['t3'], nullArgument: ['t1', 't2', 't3', 't4'] });
  });

  it('does not deliver when the mutation did not select the argument’s field', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { ops: { query: 'subscription { onTicket(group: "ops") { id } }' }, all: { query: 'subscription { onTicket { id } }' } });

    // Act
    await create({ id: 'unselected', title: 'Group not selected', group: 'ops' }, 'id title');
    const received = await collectUntil(client, 'all', 'unselected');

    // Assess
    expect(received).toEqual({});
  });

  it('reads the mutation’s fields by name when the mutation used aliases', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { ops: { query: 'subscription { onTicket(group: "ops") { id title } }' } });

    // Act
    await create({ id: 'aliased', title: 'Renamed keys', group: 'ops' }, 'key: id heading: title team: group');
    const frame = await client.next();

    // Assess
    expect(frame).toEqual({ type: 'data', id: 'ops', payload: { data: { onTicket: { id: 'aliased', title: 'Renamed keys' } } } });
  });

  it('publishes a mutation signed with IAM (e.g. a Lambda reporting progress) like any other', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { ops: { query: 'subscription { onTicket(group: "ops") { id title } }' } });
    const body = JSON.stringify({ query: 'mutation { createTicket(input: { id: "iam", title: "From a Lambda", group: "ops" }) { id title group } }' });

    // Act
    const response = await fetch(server.graphqlUrl, { method: 'POST', headers: await iamHeaders(server.host, '/graphql', body), body });
    const frame = await client.next();

    // Assess
    expect(await response.json()).toEqual({ data: { createTicket: { id: 'iam', title: 'From a Lambda', group: 'ops' } } });
    expect(frame).toEqual({ type: 'data', id: 'ops', payload: { data: { onTicket: { id: 'iam', title: 'From a Lambda' } } } });
  });

  it('publishes nothing for a mutation whose resolver failed', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { all: { query: 'subscription { onTicket { id } }' } });

    // Act
    const response = await mutate('mutation { failTicket(input: { id: "f", title: "no" }) { id } }', {});

    // Assess
    expect(response.errors?.[0]).toMatchObject({ errorType: 'TicketsClosed' });
    expect(await client.silentFor(150)).toBe(true);
  });
});

describe('projection onto the subscriber’s selection', () => {
  it('sends the subscriber’s own selection, with null for fields the mutation did not select', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { wide: { query: 'subscription { onTicket { id group severity tags meta { source level } } }' } });

    // Act
    await create({ id: 'narrow', title: 'Narrow', group: 'ops', severity: 3, meta: { source: 'chat', level: 2 } }, 'id group meta { source }');
    const frame = await client.next();

    // Assess
    expect(frame).toEqual({ type: 'data', id: 'wide', payload: { data: { onTicket: { id: 'narrow', group: 'ops', severity: null, tags: null, meta: { source: 'chat', level: null } } } } });
  });

  it('answers a non-null field the mutation did not select with an error', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { titled: { query: 'subscription { onTicket { id title } }' } });

    // Act
    await create({ id: 'untitled', title: 'Not selected' }, 'id');
    const frame = (await client.next()) as { payload: { data: unknown; errors: { message: string; path: unknown[] }[] } };

    // Assess
    expect(frame.payload.data).toEqual({ onTicket: null });
    expect(frame.payload.errors).toEqual([expect.objectContaining({ message: 'Cannot return null for non-nullable field Ticket.title.', path: ['onTicket', 'title'] })]);
  });

  it('applies field auth to the payload for each subscriber', async () => {
    // Prepare
    const client = await openSocket();
    const admin = { host: server.host, Authorization: tokens.accessToken('ada', { groups: ['admins'] }) };
    await start(client, {
      byKey: { query: 'subscription { onTicket { id note } }' },
      byAdmin: { query: 'subscription { onTicket { id note } }', authorization: admin },
    });

    // Act
    await create({ id: 'noted', title: 'With a note', note: 'internal' }, 'id note', { Authorization: admin.Authorization });
    const frames = [await client.next(), await client.next()] as { id: string; payload: { data: unknown; errors?: Record<string, unknown>[] } }[];
    const byId = Object.fromEntries(frames.map((frame) => [frame.id, frame.payload]));

    // Assess
    expect(byId.byAdmin).toEqual({ data: { onTicket: { id: 'noted', note: 'internal' } } });
    expect(byId.byKey.data).toEqual({ onTicket: { id: 'noted', note: null } });
    expect(byId.byKey.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access note on type Ticket', path: ['onTicket', 'note'] })]);
  });
});

describe('enhanced filters', () => {
  const raw = (...groups: [string, string, unknown][][]) => ({
    filterGroup: groups.map((filters) => ({ filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value })) })),
  });
  const cases: [string, { raw?: unknown; filter?: unknown }, string[]][] = [
    ['eq', { raw: raw([['group', 'eq', 'ops']]) }, ['t1', 't3']],
    ['ne (a missing field is not equal)', { raw: raw([['group', 'ne', 'ops']]) }, ['t2', 't4']],
    ['lt', { raw: raw([['severity', 'lt', 5]]) }, ['t1', 't4']],
    ['le', { raw: raw([['severity', 'le', 5]]) }, ['t1', 't2', 't4']],
    ['gt', { raw: raw([['severity', 'gt', 5]]) }, ['t3']],
    ['ge', { raw: raw([['severity', 'ge', 5]]) }, ['t2', 't3']],
    ['contains on a string', { raw: raw([['title', 'contains', 'Printer']]) }, ['t1', 't4']],
    ['contains on a list', { raw: raw([['tags', 'contains', 'urgent']]) }, ['t1']],
    ['notContains', { raw: raw([['tags', 'notContains', 'network']]) }, ['t1', 't3', 't4']],
    ['beginsWith', { raw: raw([['title', 'beginsWith', 'P']]) }, ['t1', 't3', 't4']],
    ['in', { raw: raw([['group', 'in', ['net', 'ops']]]) }, ['t1', 't2', 't3']],
    ['notIn', { raw: raw([['group', 'notIn', ['ops']]]) }, ['t2', 't4']],
    ['between (inclusive)', { raw: raw([['severity', 'between', [2, 5]]]) }, ['t1', 't2']],
    ['containsAny', { raw: raw([['tags', 'containsAny', ['network', 'urgent']]]) }, ['t1', 't2']],
    ['a dotted path', { raw: raw([['meta.level', 'ge', 3]]) }, ['t2', 't3']],
    ['filters of one group AND’ed', { raw: raw([['group', 'eq', 'ops'], ['severity', 'lt', 5]]) }, ['t1']],
    ['groups OR’ed', { raw: raw([['group', 'eq', 'net']], [['severity', 'gt', 7]]) }, ['t2', 't3']],
    ['toSubscriptionFilter with or', { filter: { or: [{ group: { eq: 'net' } }, { title: { beginsWith: 'Printer' } }] } }, ['t1', 't2', 't4']],
    ['toSubscriptionFilter with two fields', { filter: { severity: { between: [1, 2] }, group: { ne: 'net' } } }, ['t1', 't4']],
  ];
  let received: Record<string, unknown[]>;

  beforeAll(async () => {
    const client = await openSocket();
    const subscriptions = Object.fromEntries(
      cases.map(([name, { raw: rawFilter, filter }]) => [
        name,
        { query: 'subscription($raw: AWSJSON, $filter: AWSJSON) { onFilteredTicket(raw: $raw, filter: $filter) { id } }', variables: { raw: rawFilter && JSON.stringify(rawFilter), filter: filter && JSON.stringify(filter) } },
      ]),
    );
    // Started last, so on this one socket its frame for t4 comes after every other subscription's.
    const answers = await start(client, { ...subscriptions, sentinel: { query: 'subscription { onFilteredTicket { id } }' } });
    expect(Object.values(answers).every((answer) => answer.type === 'start_ack')).toBe(true);
    for (const ticket of TICKETS) await create(ticket);
    received = await collectUntil(client, 'sentinel', 't4');
  });

  it.each(cases)('%s', (name, _filter, expected) => {
    // Assess
    expect(received[name] ?? []).toEqual(expected);
  });

  const many = (count: number) => Array.from({ length: count }, (_, index) => `v${index}`);
  it.each<[string, unknown, string | RegExp]>([
    ['more than 10 groups', raw(...Array.from({ length: 11 }, (_, index): [string, string, unknown][] => [['severity', 'eq', index]])), 'Filters combination exceed maximum limit 10 for subscription.'],
    ['more than 5 filters in a group', raw([['a', 'eq', 1], ['b', 'eq', 1], ['c', 'eq', 1], ['d', 'eq', 1], ['e', 'eq', 1], ['f', 'eq', 1]]), 'Filters exceed maximum attributes limit 5 for subscription.'],
    ['one field twice in a group', raw([['severity', 'ge', 1], ['severity', 'le', 5]]), /same fieldName multiple time/],
    ['in with more than 5 values', raw([['group', 'in', many(6)]]), /maximum values limit 5/],
    ['containsAny with more than 20 values', raw([['tags', 'containsAny', many(21)]]), /maximum values limit 20/],
    ['a path deeper than 5 levels', raw([['a.b.c.d.e.f', 'eq', 1]]), /deeper than 5 levels/],
    ['a path longer than 256 characters', raw([['x'.repeat(257), 'eq', 1]]), /at most 256 characters/],
    ['an operator subscriptions lack', raw([['group', 'attributeExists', true]]), /Unsupported filter operator "attributeExists"/],
    ['between with one bound', raw([['severity', 'between', [1]]]), /between/],
    ['no filterGroup', { filters: [] }, /filterGroup/],
  ])('refuses a filter with %s at start', async (_name, filter, message) => {
    // Prepare
    const client = await openSocket();

    // Act
    const answers = await start(client, { bad: { query: 'subscription($raw: AWSJSON) { onFilteredTicket(raw: $raw) { id } }', variables: { raw: JSON.stringify(filter) } } });

    // Assess
    expect(answers.bad).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'ValidationError', message: expect.stringMatching(message) }] } });
  });

  it('replaces argument filtering: onGroupTicket delivers although `member` is not a Ticket field', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, { g: { query: 'subscription { onGroupTicket(group: "ops", member: "m0") { id } }' }, all: { query: 'subscription { onTicket { id } }' } });

    // Act
    for (const ticket of TICKETS) await create(ticket);
    const received = await collectUntil(client, 'all', 't4');

    // Assess
    expect(received).toEqual({ g: ['t1', 't3'] });
  });
});

describe('invalidation', () => {
  const REMOVE = 'mutation Remove($member: String!, $groups: [String!]!) { removeMember(member: $member, groups: $groups) }';

  it('ends the matching subscriptions with complete and keeps the others and the socket', async () => {
    // Prepare
    const client = await openSocket();
    await start(client, {
      m1: { query: 'subscription { onGroupTicket(group: "g1", member: "m1") { id } }' },
      m2: { query: 'subscription { onGroupTicket(group: "g1", member: "m2") { id } }' },
      m1Elsewhere: { query: 'subscription { onGroupTicket(group: "g2", member: "m1") { id } }' },
      plain: { query: 'subscription { onTicket(group: "g1") { id } }' },
    });

    // Act
    const response = await mutate(REMOVE, { member: 'm1', groups: ['g1'] });
    const ended = await client.next();
    await create({ id: 'after', title: 'After removal', group: 'g1' });
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(response).toEqual({ data: { removeMember: true } });
    expect(ended).toEqual({ type: 'complete', id: 'm1' });
    expect(frames).toEqual(
      expect.arrayContaining([
        { type: 'data', id: 'm2', payload: { data: { onGroupTicket: { id: 'after' } } } },
        { type: 'data', id: 'plain', payload: { data: { onTicket: { id: 'after' } } } },
      ]),
    );
    expect(await client.silentFor(100)).toBe(true);
  });

  it('evaluates each subscription’s invalidation filter on the invalidation payload', async () => {
    // Prepare
    const client = await openSocket();
    const memberIn = (...members: string[]) => JSON.stringify({ filterGroup: [{ filters: [{ fieldName: 'member', operator: 'in', value: members }] }] });
    const query = 'subscription($i: AWSJSON) { onFilteredTicket(invalidation: $i) { id } }';
    await start(client, {
      sevenOrEight: { query, variables: { i: memberIn('m7', 'm8') } },
      nine: { query, variables: { i: memberIn('m9') } },
      noFilter: { query: 'subscription { onFilteredTicket { id } }' },
    });

    const remove = (member: string) => mutate(`mutation { removeMember(member: "${member}", groups: ["any"], field: "onFilteredTicket") }`, {});

    // Act
    await remove('m8');
    const first = await client.next();
    await remove('m9');
    const second = await client.next();
    await remove('m7');
    await create({ id: 'still', title: 'Still delivered' });
    const last = await client.next();

    // Assess
    expect([first, second]).toEqual([
      { type: 'complete', id: 'sevenOrEight' },
      { type: 'complete', id: 'nine' },
    ]);
    expect(last).toEqual({ type: 'data', id: 'noFilter', payload: { data: { onFilteredTicket: { id: 'still' } } } });
  });

  it('applies at most 5 invalidations per request and reports the rest as an error', async () => {
    // Prepare
    const client = await openSocket();
    const groups = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    await start(client, Object.fromEntries(groups.map((group) => [group, { query: `subscription { onGroupTicket(group: "${group}", member: "m") { id } }` }])));

    // Act
    const response = await mutate('mutation { a: removeMember(member: "m", groups: ["g1", "g2", "g3"]) b: removeMember(member: "m", groups: ["g4", "g5", "g6"]) }', {});
    const completed = await Promise.all(groups.slice(0, 5).map(() => client.next()));

    // Assess
    expect(response.data).toEqual({ a: true, b: true });
    expect(response.errors).toEqual([expect.objectContaining({ errorType: 'LimitExceededError' })]);
    expect(completed.map((frame) => frame.id).sort()).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
    expect(await client.silentFor(100)).toBe(true);
  });
});
