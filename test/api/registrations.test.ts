// Registrations end to end: seats, waitlist in arrival order, idempotent registering, promotion on
// cancellation, exact counters — including 200 concurrent registrations for 50 seats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, type Caller, type GraphQLResult } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';

const REGISTRATION = 'eventId userId status registeredAt waitlistPosition availability { capacity attendeeCount waitlistCount seatsLeft }';
const register = `mutation ($id: ID!) { registerForEvent(eventId: $id) { ${REGISTRATION} } }`;
const cancel = `mutation ($id: ID!) { cancelRegistration(eventId: $id) { ${REGISTRATION} } }`;
const mine = `query { myRegistrations(limit: 100) { items { ${REGISTRATION} event { id title } } nextToken } }`;
const ofEvent = `query ($id: ID!, $next: String) { eventRegistrations(eventId: $id, limit: 100, nextToken: $next) { items { userId status } nextToken } }`;
const getEvent = `query ($id: ID!) { getEvent(id: $id) { availability { capacity attendeeCount waitlistCount seatsLeft } } }`;

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let organizer: Caller;

async function publishedEvent(capacity: number | null): Promise<string> {
  const input = { title: `Capacity ${capacity}`, startsAt: '2031-09-01T18:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/room', capacity };
  const { createEvent } = dataOf(await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', { input }));
  dataOf(await api.call(organizer, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id }));
  return createEvent.id;
}

/** Retries a mutation that lost a transaction race (AppSync callers see the same and retry). */
async function withRetry<T>(call: () => Promise<GraphQLResult<T>>): Promise<GraphQLResult<T>> {
  let result = await call();
  for (let attempt = 1; attempt < 20 && result.errors?.some((error) => /TransactionCanceled|ConflictError/.test(error.errorType ?? '')); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    result = await call();
  }
  return result;
}

async function users(prefix: string, count: number): Promise<Array<Caller & { kind: 'token' }>> {
  const result: Array<Caller & { kind: 'token' }> = [];
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, (_, i) => api.signIn(`${prefix}-${start + i}`, 'Passw0rd!x'));
    result.push(...(await Promise.all(batch)));
  }
  return result;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  organizer = await api.signIn('host', 'Passw0rd!h', ['organizers']);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('registerForEvent', () => {
  it('confirms while seats remain, then waitlists in arrival order', async () => {
    // Prepare
    const eventId = await publishedEvent(2);
    const [a, b, c, d] = await users('seq', 4);
    // Act
    const results = [];
    for (const person of [a, b, c, d]) {
      results.push(dataOf(await api.call<{ registerForEvent: any }>(person, register, { id: eventId })).registerForEvent);
    }
    // Assess
    expect(results.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    expect(results[3].availability).toEqual({ capacity: 2, attendeeCount: 2, waitlistCount: 2, seatsLeft: 0 });
  });

  it('returns the existing registration when called twice', async () => {
    // Prepare
    const eventId = await publishedEvent(5);
    const [person] = await users('twice', 1);
    // Act
    const first = dataOf(await api.call<{ registerForEvent: any }>(person, register, { id: eventId })).registerForEvent;
    const second = dataOf(await api.call<{ registerForEvent: any }>(person, register, { id: eventId })).registerForEvent;
    const counts = dataOf(await api.call<{ getEvent: any }>(person, getEvent, { id: eventId })).getEvent.availability;
    // Assess
    expect(second).toEqual(first);
    expect(first.userId).toBe((person as { sub: string }).sub);
    expect(counts.attendeeCount).toBe(1);
  });

  it('refuses events that are not published', async () => {
    // Prepare
    const { createEvent } = dataOf(
      await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
        input: { title: 'Draft', startsAt: '2031-09-01T18:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/x' },
      }),
    );
    const [person] = await users('draft', 1);
    // Act
    const result = await api.call(person, register, { id: createEvent.id });
    // Assess
    expect(result.errors?.[0].errorType).toBe('NotFound');
  });
});

describe('myRegistration', () => {
  const one = `query ($id: ID!) { myRegistration(eventId: $id) { ${REGISTRATION} event { id } } }`;

  it("reads only the caller's own registration of the event, in any status, and null before registering", async () => {
    // Prepare
    const eventId = await publishedEvent(1);
    const [seated, waiting, stranger] = await users('mine-one', 3);
    dataOf(await api.call(seated, register, { id: eventId }));
    dataOf(await api.call(waiting, register, { id: eventId }));
    // Act
    const seatedView = dataOf(await api.call<{ myRegistration: any }>(seated, one, { id: eventId })).myRegistration;
    const waitingView = dataOf(await api.call<{ myRegistration: any }>(waiting, one, { id: eventId })).myRegistration;
    const strangerView = dataOf(await api.call<{ myRegistration: any }>(stranger, one, { id: eventId })).myRegistration;
    dataOf(await api.call(seated, cancel, { id: eventId }));
    const cancelledView = dataOf(await api.call<{ myRegistration: any }>(seated, one, { id: eventId })).myRegistration;
    // Assess
    expect(seatedView).toMatchObject({ eventId, userId: seated.sub, status: 'CONFIRMED', waitlistPosition: null, event: { id: eventId } });
    expect(waitingView).toMatchObject({ userId: waiting.sub, status: 'WAITLISTED', waitlistPosition: 1, availability: { attendeeCount: 1, waitlistCount: 1 } });
    expect(strangerView).toBeNull();
    expect(cancelledView).toMatchObject({ status: 'CANCELLED', availability: { attendeeCount: 1, waitlistCount: 0 } });
  });
});

describe('cancelRegistration', () => {
  it('promotes the first person waiting and keeps counts exact', async () => {
    // Prepare
    const eventId = await publishedEvent(1);
    const [seated, first, second] = await users('promo', 3);
    for (const person of [seated, first, second]) {
      dataOf(await api.call(person, register, { id: eventId }));
    }
    // Act
    const cancelled = dataOf(await api.call<{ cancelRegistration: any }>(seated, cancel, { id: eventId })).cancelRegistration;
    const firstNow = dataOf(await api.call<{ myRegistrations: any }>(first, mine)).myRegistrations.items[0];
    const secondNow = dataOf(await api.call<{ myRegistrations: any }>(second, mine)).myRegistrations.items[0];
    const again = await api.call(seated, cancel, { id: eventId });
    // Assess
    expect(cancelled).toMatchObject({ status: 'CANCELLED', availability: { attendeeCount: 1, waitlistCount: 1, seatsLeft: 0 } });
    expect(firstNow).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, event: { id: eventId } });
    expect(secondNow).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(again.errors?.[0].errorType).toBe('NotFound');
  });

  it('frees a waitlist place without touching seats', async () => {
    // Prepare
    const eventId = await publishedEvent(1);
    const [seated, waiting] = await users('leave', 2);
    dataOf(await api.call(seated, register, { id: eventId }));
    dataOf(await api.call(waiting, register, { id: eventId }));
    // Act
    const cancelled = dataOf(await api.call<{ cancelRegistration: any }>(waiting, cancel, { id: eventId })).cancelRegistration;
    // Assess
    expect(cancelled.availability).toEqual({ capacity: 1, attendeeCount: 1, waitlistCount: 0, seatsLeft: 0 });
  });
});

describe('under concurrency', () => {
  it('200 concurrent registrations for 50 seats: exactly 50 confirmed, 150 waitlisted in order; cancellations promote in order', async () => {
    // Prepare
    const eventId = await publishedEvent(50);
    const people = await users('crowd', 200);
    // Act
    const results = await Promise.all(people.map((person) => withRetry(() => api.call<{ registerForEvent: any }>(person, register, { id: eventId }))));
    const counts = dataOf(await api.call<{ getEvent: any }>(organizer, getEvent, { id: eventId })).getEvent.availability;
    const statuses = results.map((result) => dataOf(result).registerForEvent.status);
    const waitlisted = results
      .map((result, index) => ({ index, registration: dataOf(result).registerForEvent }))
      .filter(({ registration }) => registration.status === 'WAITLISTED');
    // Assess
    expect(statuses.filter((status) => status === 'CONFIRMED')).toHaveLength(50);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(150);
    expect(counts).toEqual({ capacity: 50, attendeeCount: 50, waitlistCount: 150, seatsLeft: 0 });

    // Act: three confirmed people leave; the three earliest waiting take their seats.
    const arrival = (r: { registeredAt: string; userId: string }) => `${r.registeredAt}#${r.userId}`;
    const byArrival = [...waitlisted].sort((x, y) => (arrival(x.registration) < arrival(y.registration) ? -1 : 1));
    const leavers = results.map((result, index) => ({ index, status: dataOf(result).registerForEvent.status })).filter((r) => r.status === 'CONFIRMED').slice(0, 3);
    for (const leaver of leavers) {
      dataOf(await withRetry(() => api.call(people[leaver.index], cancel, { id: eventId })));
    }
    const promoted = await Promise.all(byArrival.slice(0, 4).map(({ index }) => api.call<{ myRegistrations: any }>(people[index], mine)));
    const after = dataOf(await api.call<{ getEvent: any }>(organizer, getEvent, { id: eventId })).getEvent.availability;
    // Assess
    expect(promoted.map((result) => dataOf(result).myRegistrations.items[0].status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    expect(after).toEqual({ capacity: 50, attendeeCount: 50, waitlistCount: 147, seatsLeft: 0 });
  }, 240_000);
});

describe('eventRegistrations', () => {
  it('is for the event’s organizer only', async () => {
    // Prepare
    const eventId = await publishedEvent(3);
    const [person] = await users('peek', 1);
    dataOf(await api.call(person, register, { id: eventId }));
    const other = await api.signIn('other-host', 'Passw0rd!o', ['organizers']);
    // Act
    const own = dataOf(await api.call<{ eventRegistrations: any }>(organizer, ofEvent, { id: eventId })).eventRegistrations;
    const foreign = await api.call(other, ofEvent, { id: eventId });
    const attendee = await api.call(person, ofEvent, { id: eventId });
    // Assess
    expect(own.items).toEqual([{ userId: (person as { sub: string }).sub, status: 'CONFIRMED' }]);
    expect(foreign.errors?.[0].errorType).toBe('NotFound');
    expect(attendee.errors?.[0].errorType).toBe('Unauthorized');
  });
});
