// The events API end to end against the local stack: validation, ownership, optimistic concurrency,
// lifecycle (draft → published → cancelled, drafts deletable) and listing across month buckets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, EVENT_FIELDS, type Caller } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';

const create = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const update = `mutation ($id: ID!, $input: UpdateEventInput!, $v: Int!) { updateEvent(id: $id, input: $input, expectedVersion: $v) { ${EVENT_FIELDS} } }`;
const publish = `mutation ($id: ID!) { publishEvent(id: $id) { ${EVENT_FIELDS} } }`;
const cancel = `mutation ($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { ${EVENT_FIELDS} } }`;
const remove = `mutation ($id: ID!) { deleteEvent(id: $id) { id status } }`;
const get = `query ($id: ID!) { getEvent(id: $id) { ${EVENT_FIELDS} } }`;
const list = `query ($filter: EventFilter, $limit: Int, $nextToken: String) { listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) { items { id title startsAt category tags } nextToken } }`;
const mine = `query ($limit: Int, $nextToken: String) { myEvents(limit: $limit, nextToken: $nextToken) { items { id title status } nextToken } }`;

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let organizer: Caller;
let otherOrganizer: Caller;
let admin: Caller;
let attendee: Caller;

const base = { title: 'Base event', startsAt: '2031-03-10T18:00:00+01:00', timeZone: 'Europe/Berlin', venue: { name: 'Hall 1', city: 'Berlin' }, capacity: 10 };

async function createEvent(caller: Caller, input: Record<string, unknown> = {}) {
  return dataOf(await api.call<{ createEvent: any }>(caller, create, { input: { ...base, ...input } })).createEvent;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  [organizer, otherOrganizer, admin, attendee] = await Promise.all([
    api.signIn('org-a', 'Passw0rd!a', ['organizers']),
    api.signIn('org-b', 'Passw0rd!b', ['organizers']),
    api.signIn('boss', 'Passw0rd!c', ['admins']),
    api.signIn('visitor', 'Passw0rd!d'),
  ]);
});

afterAll(async () => {
  await stack?.stop();
});

describe('createEvent', () => {
  it('stores a normalised draft owned by the caller', async () => {
    // Act
    const event = await createEvent(organizer, { tags: ['Music', 'music', ' Jazz '], category: 'Concerts', onlineUrl: 'https://example.com/live' });
    // Assess
    expect(event).toMatchObject({
      status: 'DRAFT',
      startsAt: '2031-03-10T17:00:00.000Z',
      organizerId: (organizer as { sub: string }).sub,
      tags: ['music', 'jazz'],
      category: 'concerts',
      version: 1,
      availability: { capacity: 10, attendeeCount: 0, waitlistCount: 0, seatsLeft: 10 },
    });
  });

  it.each([
    ['an unknown-looking time zone', { timeZone: 'Mars/Olympus Mons' }, 'timeZone'],
    ['an end before the start', { endsAt: '2031-03-10T16:00:00Z' }, 'endsAt'],
    ['an empty title', { title: '   ' }, 'title'],
    ['an oversized title', { title: 'x'.repeat(201) }, 'title'],
    ['an oversized description', { description: 'x'.repeat(5001) }, 'description'],
    ['neither venue nor online URL', { venue: null }, 'venue'],
    ['a non-web online URL', { onlineUrl: 'ftp://example.com/x' }, 'onlineUrl'],
    ['eleven tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
    ['a zero capacity', { capacity: 0 }, 'capacity'],
  ])('rejects %s with a ValidationError naming the field and writes nothing', async (_label, input, field) => {
    // Act
    const result = await api.call(organizer, create, { input: { ...base, title: `invalid ${field}`, ...input } });
    const after = dataOf(await api.call<{ myEvents: { items: { title: string }[] } }>(organizer, mine, { limit: 100 }));
    // Assess
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
    expect(after.myEvents.items.map((item) => item.title)).not.toContain(`invalid ${field}`);
  });

  it('rejects a malformed AWSDateTime before any resolver runs', async () => {
    // Act
    const result = await api.call(organizer, create, { input: { ...base, startsAt: 'next tuesday' } });
    // Assess
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/AWSDateTime/);
  });

  it('is refused to attendees', async () => {
    // Act
    const result = await api.call(attendee, create, { input: base });
    // Assess
    expect(result.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', message: 'Not Authorized to access createEvent on type Mutation' });
  });
});

describe('updateEvent', () => {
  it('applies a change on the expected version and bumps it', async () => {
    // Prepare
    const event = await createEvent(organizer);
    // Act
    const updated = dataOf(await api.call<{ updateEvent: any }>(organizer, update, { id: event.id, input: { title: 'Renamed', description: null }, v: 1 })).updateEvent;
    // Assess
    expect(updated).toMatchObject({ title: 'Renamed', description: null, version: 2, venue: { name: 'Hall 1' } });
  });

  it('fails with ConflictError on a stale version and changes nothing', async () => {
    // Prepare
    const event = await createEvent(organizer);
    await api.call(organizer, update, { id: event.id, input: { title: 'First' }, v: 1 });
    // Act
    const stale = await api.call(organizer, update, { id: event.id, input: { title: 'Second' }, v: 1 });
    const current = dataOf(await api.call<{ getEvent: any }>(organizer, get, { id: event.id })).getEvent;
    // Assess
    expect(stale.errors?.[0]).toMatchObject({ errorType: 'ConflictError', errorInfo: { currentVersion: 2 } });
    expect(current).toMatchObject({ title: 'First', version: 2 });
  });

  it('lets an admin edit any event but not another organizer', async () => {
    // Prepare
    const event = await createEvent(organizer);
    // Act
    const byOther = await api.call(otherOrganizer, update, { id: event.id, input: { title: 'Hijack' }, v: 1 });
    const byAdmin = await api.call<{ updateEvent: any }>(admin, update, { id: event.id, input: { title: 'Moderated' }, v: 1 });
    // Assess
    expect(byOther.errors?.[0].errorType).toBe('NotFound');
    expect(dataOf(byAdmin).updateEvent.title).toBe('Moderated');
  });

  it('records the previous start when a published event moves and relists it', async () => {
    // Prepare
    const event = await createEvent(organizer, { title: 'Moving event', startsAt: '2031-06-01T10:00:00Z' });
    await api.call(organizer, publish, { id: event.id });
    // Act
    const moved = dataOf(await api.call<{ updateEvent: any }>(organizer, update, { id: event.id, input: { startsAt: '2031-08-01T10:00:00Z' }, v: 2 })).updateEvent;
    const june = dataOf(await api.call<{ listEvents: any }>(api.apiKey, list, { filter: { from: '2031-06-01T00:00:00Z', to: '2031-07-01T00:00:00Z' } })).listEvents;
    const august = dataOf(await api.call<{ listEvents: any }>(api.apiKey, list, { filter: { from: '2031-08-01T00:00:00Z', to: '2031-09-01T00:00:00Z' } })).listEvents;
    // Assess
    expect(moved).toMatchObject({ startsAt: '2031-08-01T10:00:00.000Z', previousStartsAt: '2031-06-01T10:00:00.000Z' });
    expect(june.items.map((item: { id: string }) => item.id)).not.toContain(event.id);
    expect(august.items.map((item: { id: string }) => item.id)).toContain(event.id);
  });
});

describe('lifecycle', () => {
  it('hides drafts from others, publishes once, cancels, and never deletes a published event', async () => {
    // Prepare
    const event = await createEvent(organizer, { title: 'Lifecycle' });
    // Act
    const hiddenDraft = await api.call<{ getEvent: unknown }>(api.apiKey, get, { id: event.id });
    const published = dataOf(await api.call<{ publishEvent: any }>(organizer, publish, { id: event.id })).publishEvent;
    const republished = await api.call(organizer, publish, { id: event.id });
    const deletion = await api.call(organizer, remove, { id: event.id });
    const cancelled = dataOf(await api.call<{ cancelEvent: any }>(organizer, cancel, { id: event.id, reason: 'Venue flooded' })).cancelEvent;
    const publicView = dataOf(await api.call<{ getEvent: any }>(api.apiKey, get, { id: event.id })).getEvent;
    // Assess
    expect(hiddenDraft.data?.getEvent).toBeNull();
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(republished.errors?.[0].errorType).toBe('ConflictError');
    expect(deletion.errors?.[0].errorType).toBe('ConflictError');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Venue flooded', version: 3 });
    expect(publicView.status).toBe('CANCELLED');
  });

  it('deletes a draft of the caller', async () => {
    // Prepare
    const event = await createEvent(organizer, { title: 'Doomed draft' });
    // Act
    const deleted = dataOf(await api.call<{ deleteEvent: any }>(organizer, remove, { id: event.id })).deleteEvent;
    const after = await api.call<{ getEvent: unknown }>(organizer, get, { id: event.id });
    // Assess
    expect(deleted).toEqual({ id: event.id, status: 'DRAFT' });
    expect(after.data?.getEvent).toBeNull();
  });

  it('answers two racing deletes of one draft both with the deleted draft (a delete is idempotent)', async () => {
    // Prepare
    const event = await createEvent(organizer, { title: 'Deleted twice' });
    // Act
    const results = await Promise.all([api.call(organizer, remove, { id: event.id }), api.call(organizer, remove, { id: event.id })]);
    const after = await api.call<{ getEvent: unknown }>(organizer, get, { id: event.id });
    // Assess: whichever lost the race either saw the draft gone (NotFound) or deleted nothing and succeeded.
    const outcomes = results.map((result) => (result.errors ? result.errors[0].errorType : (result.data as { deleteEvent: { id: string } }).deleteEvent.id));
    expect(outcomes).toContain(event.id);
    expect(outcomes.every((outcome) => outcome === event.id || outcome === 'NotFound')).toBe(true);
    expect(after.data?.getEvent).toBeNull();
  });
});

describe('listEvents', () => {
  const window = { from: '2032-01-01T00:00:00Z', to: '2032-12-31T00:00:00Z' };

  beforeAll(async () => {
    // One published event in each of 7 months, alternating categories; one draft.
    for (let month = 1; month <= 7; month += 1) {
      const event = await createEvent(organizer, {
        title: `Monthly ${month}`,
        startsAt: `2032-${String(month).padStart(2, '0')}-15T12:00:00Z`,
        category: month % 2 ? 'music' : 'tech',
        tags: month === 3 ? ['special'] : [],
      });
      await api.call(organizer, publish, { id: event.id });
    }
    await createEvent(organizer, { title: 'Unpublished', startsAt: '2032-02-20T12:00:00Z' });
  });

  async function listAll(filter: Record<string, unknown>, limit: number) {
    const titles: string[] = [];
    let nextToken: string | null = null;
    let pages = 0;
    do {
      const page: any = dataOf(await api.call<{ listEvents: any }>(api.apiKey, list, { filter, limit, nextToken })).listEvents;
      titles.push(...page.items.map((item: { title: string }) => item.title));
      nextToken = page.nextToken;
      pages += 1;
    } while (nextToken && pages < 50);
    return { titles, pages };
  }

  it('lists published events in start order across month buckets, filling pages', async () => {
    // Act
    const first = dataOf(await api.call<{ listEvents: any }>(api.apiKey, list, { filter: window, limit: 3 })).listEvents;
    const all = await listAll(window, 3);
    // Assess
    expect(first.items.map((item: { title: string }) => item.title)).toEqual(['Monthly 1', 'Monthly 2', 'Monthly 3']);
    expect(all.titles).toEqual(['Monthly 1', 'Monthly 2', 'Monthly 3', 'Monthly 4', 'Monthly 5', 'Monthly 6', 'Monthly 7']);
  });

  it.each([
    [{ category: 'tech' }, ['Monthly 2', 'Monthly 4', 'Monthly 6']],
    [{ category: 'MUSIC', tag: 'special' }, ['Monthly 3']],
    [{ from: '2032-05-01T00:00:00Z', to: '2032-07-01T00:00:00Z' }, ['Monthly 5', 'Monthly 6']],
  ])('filters by %o', async (filter, titles) => {
    // Act
    const result = await listAll({ ...window, ...filter }, 20);
    // Assess
    expect(result.titles).toEqual(titles);
  });

  it.each([
    ['a tampered token', { nextToken: 'dGFtcGVyZWQ=' }, 'BadNextToken'],
    ['garbage', { nextToken: '!!!' }, 'BadNextToken'],
    ['a limit over 100', { limit: 101 }, 'ValidationError'],
    ['a window that ends before it starts', { filter: { from: '2032-05-01T00:00:00Z', to: '2032-04-01T00:00:00Z' } }, 'ValidationError'],
  ])('rejects %s', async (_label, variables, errorType) => {
    // Act
    const result = await api.call(api.apiKey, list, variables);
    // Assess
    expect(result.errors?.[0].errorType).toBe(errorType);
  });

  it('rejects a token whose inner DynamoDB page token was modified', async () => {
    // Prepare
    const page: any = dataOf(await api.call<{ listEvents: any }>(api.apiKey, list, { filter: window, limit: 1 })).listEvents;
    const [version, month, from, inner] = Buffer.from(page.nextToken, 'base64').toString().split('|');
    const forged = Buffer.from(`${version}|${month}|${from}|${inner ? inner.slice(0, -2) + 'xx' : 'forged.sig'}`).toString('base64');
    // Act
    const result = await api.call(api.apiKey, list, { filter: window, limit: 1, nextToken: forged });
    // Assess
    expect(result.data?.listEvents ?? null).toBeNull();
    expect(result.errors?.[0].errorType).toMatch(/DynamoDB|BadNextToken/);
  });
});

describe('myEvents', () => {
  it('pages the caller’s own events, newest first, drafts included', async () => {
    // Prepare
    const first = await createEvent(otherOrganizer, { title: 'B1' });
    const second = await createEvent(otherOrganizer, { title: 'B2' });
    // Act
    const page = dataOf(await api.call<{ myEvents: any }>(otherOrganizer, mine, { limit: 1 })).myEvents;
    const next = dataOf(await api.call<{ myEvents: any }>(otherOrganizer, mine, { limit: 1, nextToken: page.nextToken })).myEvents;
    // Assess
    expect(page.items.map((item: { id: string }) => item.id)).toEqual([second.id]);
    expect(next.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
  });
});

describe('calendar feed', () => {
  const feed = async (query = '') => {
    const res = await fetch(`${stack.outputs.calendarUrl}${query}`);
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  const vevent = (ics: string, id: string) => new RegExp(`BEGIN:VEVENT\\r\\nUID:${id}@[^\\r]+\\r\\n(?:(?!END:VEVENT)[\\s\\S])*END:VEVENT`).exec(ics)?.[0];

  it('follows an event through publish, edit and cancel, filtered by category', async () => {
    // Arrange
    const startsAt = new Date(Date.now() + 40 * 24 * 3600_000).toISOString();
    const event = await createEvent(organizer, { title: 'Feed night', startsAt, category: 'FeedTest' });
    const draftFeed = await feed('?category=feedtest');
    dataOf(await api.call(organizer, publish, { id: event.id }));

    // Act
    const published = await feed('?category=FeedTest');
    dataOf(await api.call(organizer, update, { id: event.id, input: { title: 'Feed night, moved' }, v: 2 }));
    const edited = await feed('?category=feedtest');
    const otherCategory = await feed('?category=something-else');
    dataOf(await api.call(organizer, cancel, { id: event.id, reason: 'Venue flooded' }));
    const cancelled = await feed('?category=feedtest');

    // Assess
    expect(vevent(draftFeed.body, event.id)).toBeUndefined();
    expect(published.status).toBe(200);
    expect(published.type).toBe('text/calendar; charset=utf-8');
    expect(vevent(published.body, event.id)).toMatch(/SEQUENCE:2\r\n[\s\S]*SUMMARY:Feed night\r\n/);
    expect(vevent(edited.body, event.id)).toMatch(/SEQUENCE:3\r\n[\s\S]*SUMMARY:Feed night\\, moved\r\n/);
    expect(vevent(otherCategory.body, event.id)).toBeUndefined();
    expect(vevent(cancelled.body, event.id)).toBeUndefined();
  });
});
