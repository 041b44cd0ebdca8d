import { describe, expect, it } from 'vitest';
import type { ListedEvent } from './api/list-events';
import { eventsReducer, initialEventsState } from './events-state';

function event(id: string, patch: Partial<ListedEvent> = {}): ListedEvent {
  return {
    id,
    title: `Event ${id}`,
    description: null,
    startsAt: '2026-06-01T18:00:00Z',
    timeZone: 'Europe/Berlin',
    status: 'PUBLISHED',
    publishedAt: '2026-01-01T00:00:00Z',
    ...patch,
  };
}

describe('eventsReducer', () => {
  it('appends pages in order and records the next token', () => {
    // Prepare
    const first = eventsReducer(initialEventsState, { type: 'page-loaded', items: [event('a')], nextToken: 't1' });
    // Act
    const second = eventsReducer(first, { type: 'page-loaded', items: [event('b')], nextToken: null });
    // Assess
    expect(second.items.map((e) => e.id)).toEqual(['a', 'b']);
    expect(second).toMatchObject({ nextToken: null, status: 'idle', loaded: true, error: null });
  });

  it('puts a live-published event on top with a notice', () => {
    // Prepare
    const loaded = eventsReducer(initialEventsState, { type: 'page-loaded', items: [event('a')], nextToken: null });
    // Act
    const next = eventsReducer(loaded, { type: 'published', event: event('z', { title: 'Launch party' }) });
    // Assess
    expect(next.items.map((e) => e.id)).toEqual(['z', 'a']);
    expect(next.liveIds).toEqual(['z']);
    expect(next.notice).toBe('New event published: Launch party');
  });

  it('does not duplicate a live event that a later page also returns', () => {
    // Prepare
    const live = eventsReducer(initialEventsState, { type: 'published', event: event('z') });
    // Act
    const next = eventsReducer(live, { type: 'page-loaded', items: [event('a'), event('z')], nextToken: null });
    // Assess
    expect(next.items.map((e) => e.id)).toEqual(['z', 'a']);
  });

  it('updates an event already listed instead of adding it twice', () => {
    // Prepare
    const loaded = eventsReducer(initialEventsState, { type: 'page-loaded', items: [event('a')], nextToken: null });
    // Act
    const next = eventsReducer(loaded, { type: 'published', event: event('a', { title: 'Renamed' }) });
    // Assess
    expect(next.items).toHaveLength(1);
    expect(next.items[0].title).toBe('Renamed');
  });

  it('ignores pushed events that are not published', () => {
    // Prepare
    // Act
    const next = eventsReducer(initialEventsState, { type: 'published', event: event('d', { status: 'DRAFT' }) });
    // Assess
    expect(next).toBe(initialEventsState);
  });

  it('keeps loaded items when a later page fails, and clears the error on retry', () => {
    // Prepare
    const loaded = eventsReducer(initialEventsState, { type: 'page-loaded', items: [event('a')], nextToken: 't1' });
    // Act
    const failed = eventsReducer(eventsReducer(loaded, { type: 'load-started' }), { type: 'load-failed', message: 'boom' });
    const retrying = eventsReducer(failed, { type: 'load-started' });
    // Assess
    expect(failed).toMatchObject({ status: 'idle', error: 'boom', nextToken: 't1' });
    expect(failed.items).toHaveLength(1);
    expect(retrying).toMatchObject({ status: 'loading', error: null });
  });

  it('dismisses the notice and resets', () => {
    // Prepare
    const live = eventsReducer(initialEventsState, { type: 'published', event: event('z') });
    // Act
    const dismissed = eventsReducer(live, { type: 'notice-dismissed' });
    const reset = eventsReducer(dismissed, { type: 'reset' });
    // Assess
    expect(dismissed.notice).toBeNull();
    expect(reset).toBe(initialEventsState);
  });
});
