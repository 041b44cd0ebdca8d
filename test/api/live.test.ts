// Herald's subscriptions end to end over the AppSync real-time protocol: category filtering of new
// events, changes to one event, and live seat counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, type Caller } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { subscribe, type LiveSubscription } from '../harness/realtime-client';

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let organizer: Caller;
let attendee: Caller;
const open: LiveSubscription[] = [];

const create = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
// Mutations select the fields subscribers filter on (AppSync filters on the mutation's selection).
const publish = 'mutation ($id: ID!) { publishEvent(id: $id) { id title category status } }';

async function draft(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const input = { title, startsAt: '2031-10-10T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/live', ...extra };
  return dataOf(await api.call<{ createEvent: { id: string } }>(organizer, create, { input })).createEvent.id;
}

async function listen(query: string, variables: Record<string, unknown> = {}): Promise<LiveSubscription> {
  const live = subscribe({ graphqlUrl: stack.outputs.graphqlUrl, realtimeUrl: stack.outputs.realtimeUrl, auth: { 'x-api-key': stack.outputs.apiKey }, query, variables });
  open.push(live);
  expect(await live.started).toBe('ack');
  return live;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  [organizer, attendee] = await Promise.all([api.signIn('live-host', 'Passw0rd!l', ['organizers']), api.signIn('live-guest', 'Passw0rd!g')]);
});

afterAll(async () => {
  open.forEach((live) => live.close());
  await stack?.stop();
});

describe('onEventPublished', () => {
  it('delivers every publish to unfiltered subscribers and only its category to filtered ones', async () => {
    // Prepare
    const everything = await listen('subscription { onEventPublished { id title } }');
    const music = await listen('subscription ($c: String) { onEventPublished(category: $c) { id title category } }', { c: 'music' });
    const [jazz, keynote] = [await draft('Jazz night', { category: 'music' }), await draft('Keynote', { category: 'tech' })];
    // Act
    dataOf(await api.call(organizer, publish, { id: jazz }));
    dataOf(await api.call(organizer, publish, { id: keynote }));
    await expect.poll(() => everything.received.length).toBe(2);
    // Assess
    expect(everything.received.map((message) => message.data)).toEqual([
      { onEventPublished: { id: jazz, title: 'Jazz night' } },
      { onEventPublished: { id: keynote, title: 'Keynote' } },
    ]);
    expect(music.received.map((message) => message.data)).toEqual([{ onEventPublished: { id: jazz, title: 'Jazz night', category: 'music' } }]);
  });
});

describe('onEventChanged', () => {
  it('pushes edits and the cancellation of the watched event only', async () => {
    // Prepare
    const watched = await draft('Watched');
    const other = await draft('Other');
    dataOf(await api.call(organizer, publish, { id: watched }));
    dataOf(await api.call(organizer, publish, { id: other }));
    const live = await listen('subscription ($id: ID!) { onEventChanged(id: $id) { id title status version } }', { id: watched });
    const update = 'mutation ($id: ID!, $v: Int!) { updateEvent(id: $id, input: { title: "Watched (moved)" }, expectedVersion: $v) { id title status version } }';
    // Act
    dataOf(await api.call(organizer, update, { id: other, v: 2 }));
    dataOf(await api.call(organizer, update, { id: watched, v: 2 }));
    dataOf(await api.call(organizer, 'mutation ($id: ID!) { cancelEvent(id: $id, reason: "Storm") { id title status version } }', { id: watched }));
    await expect.poll(() => live.received.length).toBe(2);
    // Assess
    expect(live.received.map((message) => message.data?.onEventChanged)).toEqual([
      { id: watched, title: 'Watched (moved)', status: 'PUBLISHED', version: 3 },
      { id: watched, title: 'Watched (moved)', status: 'CANCELLED', version: 4 },
    ]);
  });
});

describe('onRegistrationChanged', () => {
  it('shows seats left and the waitlist live, without revealing registrants to API-key listeners', async () => {
    // Prepare
    const eventId = await draft('Tiny room', { capacity: 1 });
    dataOf(await api.call(organizer, publish, { id: eventId }));
    const live = await listen('subscription ($id: ID!) { onRegistrationChanged(eventId: $id) { eventId availability { seatsLeft waitlistCount } } }', { id: eventId });
    const prying = await listen('subscription ($id: ID!) { onRegistrationChanged(eventId: $id) { eventId userId } }', { id: eventId });
    const register = 'mutation ($id: ID!) { registerForEvent(eventId: $id) { eventId userId status availability { seatsLeft waitlistCount } } }';
    // Act
    dataOf(await api.call(attendee, register, { id: eventId }));
    dataOf(await api.call(organizer, register, { id: eventId }));
    dataOf(await api.call(attendee, 'mutation ($id: ID!) { cancelRegistration(eventId: $id) { eventId status availability { seatsLeft waitlistCount } } }', { id: eventId }));
    await expect.poll(() => live.received.length).toBe(3);
    // Assess
    expect(live.received.map((message) => message.data?.onRegistrationChanged)).toEqual([
      { eventId, availability: { seatsLeft: 0, waitlistCount: 0 } },
      { eventId, availability: { seatsLeft: 0, waitlistCount: 1 } },
      { eventId, availability: { seatsLeft: 0, waitlistCount: 0 } },
    ]);
    expect(JSON.stringify(prying.received)).not.toContain((attendee as { sub: string }).sub);
    expect(prying.received[0].errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
  });
});
