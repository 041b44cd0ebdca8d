import { describe, expect, it } from 'vitest';
import type { EventView } from '../../lib/event-details';
import { eventsReducer, initialEventsState } from './events-state';

function event(id: string, startsAt = '2026-06-01T18:00:00Z', patch: Partial<EventView> = {}): EventView {
  return {
    id,
    title: `Event ${id}`,
    description: null,
    startsAt,
    endsAt: null,
    timeZone: 'Europe/Berlin',
    image: null,
    venue: null,
    onlineUrl: 'https://meet.example.com/x',
    category: null,
    tags: [],
    availability: { capacity: null, attendeeCount: 0, waitlistCount: 0, seatsLeft: null },
    status: 'PUBLISHED',
    organizerId: 'o1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    publishedAt: '2026-01-01T00:00:00Z',
    cancelledAt: null,
    cancellationReason: null,
    previousStartsAt: null,
    version: 1,
    ...patch,
  };
}

function loaded(items: EventView[], nextToken: string | null = null) {
  return eventsReducer(initialEventsState, { type: 'page-loaded', items, nextToken });
}

describe('eventsReducer', () => {
  it('appends pages in order and records the next token', () => {
    // Prepare
    const first = loaded([event('a')], 't1');
    // Act
    const second = eventsReducer(first, { type: 'page-loaded', items: [event('b')], nextToken: null });
    // Assess
    expect(second.items.map((e) => e.id)).toEqual(['a', 'b']);
    expect(second).toMatchObject({ nextToken: null, status: 'idle', loaded: true, error: null });
  });

  it('inserts a live event at its place in start order, highlighted, with a notice', () => {
    // Prepare
    const state = loaded([event('a', '2026-06-01T10:00:00Z'), event('c', '2026-06-03T10:00:00Z')]);
    // Act
    const next = eventsReducer(state, { type: 'published', event: event('b', '2026-06-02T10:00:00Z', { title: 'Launch party' }) });
    // Assess
    expect(next.items.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(next.liveIds).toEqual(['b']);
    expect(next.notice).toEqual({ id: 'b', title: 'Launch party', inList: true });
  });

  it('keeps a live event that sorts after the loaded pages out of the list until its page loads', () => {
    // Prepare
    const state = loaded([event('a', '2026-06-01T10:00:00Z')], 'more');
    // Act
    const next = eventsReducer(state, { type: 'published', event: event('z', '2026-09-01T10:00:00Z') });
    // Assess
    expect(next.items.map((e) => e.id)).toEqual(['a']);
    expect(next.notice).toMatchObject({ id: 'z', inList: false });
  });

  it('does not duplicate a live event that a later page also returns', () => {
    // Prepare
    const live = eventsReducer(loaded([event('a')], 't1'), { type: 'published', event: event('a0', '2026-05-01T00:00:00Z') });
    // Act
    const next = eventsReducer(live, { type: 'page-loaded', items: [event('a0', '2026-05-01T00:00:00Z'), event('b')], nextToken: null });
    // Assess
    expect(next.items.map((e) => e.id)).toEqual(['a0', 'a', 'b']);
  });

  it('replaces a known event pushed again instead of listing it twice', () => {
    // Prepare
    const state = loaded([event('a')]);
    // Act
    const next = eventsReducer(state, { type: 'published', event: event('a', undefined, { title: 'Renamed' }) });
    // Assess
    expect(next.items).toHaveLength(1);
    expect(next.items[0].title).toBe('Renamed');
  });

  it('keeps the list on a failed load and clears the error on the next attempt', () => {
    // Prepare
    const failed = eventsReducer(loaded([event('a')], 't1'), { type: 'load-failed', message: 'offline' });
    // Act
    const retrying = eventsReducer(failed, { type: 'load-started' });
    // Assess
    expect(failed).toMatchObject({ error: 'offline', status: 'idle' });
    expect(retrying).toMatchObject({ error: null, status: 'loading' });
    expect(retrying.items).toHaveLength(1);
  });

  it('dismisses the notice and resets', () => {
    // Prepare
    const live = eventsReducer(loaded([]), { type: 'published', event: event('a') });
    // Act
    const dismissed = eventsReducer(live, { type: 'notice-dismissed' });
    // Assess
    expect(dismissed.notice).toBeNull();
    expect(eventsReducer(dismissed, { type: 'reset' })).toEqual(initialEventsState);
  });
});
