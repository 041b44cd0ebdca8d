// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { EventsPage } from './events-page';

const api = vi.hoisted(() => ({
  pages: [] as Array<() => Promise<{ items: unknown[]; nextToken: string | null }>>,
  filters: [] as unknown[],
  live: null as null | { onId(id: string): void; onError(e: unknown): void },
  liveCategory: undefined as string | null | undefined,
  events: new Map<string, unknown>(),
}));

vi.mock('./api/list-events', () => ({
  // One event per page, so paging shows with little data.
  PAGE_SIZE: 1,
  listEventsPage: (_auth: string, filter: unknown) => {
    api.filters.push(filter);
    return () => (api.pages.shift() ?? (() => Promise.resolve({ items: [], nextToken: null })))();
  },
}));
vi.mock('./api/get-event', () => ({ getEvent: async (id: string) => api.events.get(id) ?? null }));
vi.mock('./api/live-events', () => ({
  watchPublishedEvents: (_auth: string, category: string | null, handlers: typeof api.live) => {
    api.live = handlers;
    api.liveCategory = category;
    return () => {
      api.live = null;
    };
  },
}));

function event(id: string, startsAt: string, patch: Partial<EventView> = {}): EventView {
  return {
    id,
    title: `Event ${id}`,
    description: null,
    startsAt,
    endsAt: null,
    timeZone: 'UTC',
    image: { key: `events/${id}/c.png`, url: `http://s3/${id}.png`, alt: `Cover of ${id}` },
    venue: { name: 'Hall', address: null, city: 'Berlin', country: 'DE' },
    onlineUrl: null,
    category: 'tech',
    tags: ['graphql'],
    availability: { capacity: 10, attendeeCount: 7, waitlistCount: 0, seatsLeft: 3 },
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

const FUTURE = (day: number) => new Date(Date.now() + day * 86_400_000).toISOString();

beforeEach(() => {
  api.pages = [];
  api.filters = [];
  api.events.clear();
});
afterEach(cleanup);

describe('EventsPage', () => {
  it('shows a skeleton while loading, then cards with cover alt text, seats, and a Load more that appends', async () => {
    // Prepare
    let resolveFirst!: (page: { items: unknown[]; nextToken: string | null }) => void;
    api.pages.push(() => new Promise((resolve) => (resolveFirst = resolve)));
    api.pages.push(async () => ({ items: [event('b', FUTURE(5))], nextToken: null }));
    // Act
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={NO_FILTERS} onFilter={() => undefined} />);
    // Assess
    expect(screen.getByText('Loading events…')).toBeTruthy();
    await act(async () => resolveFirst({ items: [event('a', FUTURE(1))], nextToken: 'next' }));
    const list = screen.getByRole('list', { name: 'Events' });
    expect(within(list).getByRole('link', { name: 'Event a' }).getAttribute('href')).toBe('#/events/a');
    expect(within(list).getByRole('img', { name: 'Cover of a' })).toBeTruthy();
    expect(within(list).getByText('3 of 10 seats left')).toBeTruthy();
    const loadMore = screen.getByRole('button', { name: 'Load more' });
    loadMore.focus();
    await act(async () => fireEvent.click(loadMore));
    expect(within(list).getAllByRole('article').map((card) => card.getAttribute('aria-labelledby'))).toEqual(['event-a', 'event-b']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The button left with the last page; focus went to the first new event, not to <body>.
    expect(document.activeElement).toBe(within(list).getByRole('link', { name: 'Event b' }));
  });

  it('explains an empty list, and an empty filtered list differently', async () => {
    // Prepare
    const filters = { ...NO_FILTERS, category: 'music' };
    // Act
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={filters} onFilter={() => undefined} />);
    // Assess
    expect(await screen.findByText('No upcoming events match these filters.')).toBeTruthy();
    expect(api.filters.at(-1)).toEqual({ category: 'music' });
    expect(api.liveCategory).toBe('music');
  });

  it('shows a load error with a working retry', async () => {
    // Prepare
    api.pages.push(async () => Promise.reject({ errors: [{ message: 'Network error', originalError: { name: 'NetworkError' } }] }));
    api.pages.push(async () => ({ items: [event('a', FUTURE(1))], nextToken: null }));
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={NO_FILTERS} onFilter={() => undefined} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not reach the Herald API/);
    // Act
    await act(async () => fireEvent.click(within(alert).getByRole('button', { name: 'Try again' })));
    // Assess
    expect(await screen.findByRole('link', { name: 'Event a' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('inserts a live-published event at its place, marks it new and announces it in the status region', async () => {
    // Prepare
    api.pages.push(async () => ({ items: [event('a', FUTURE(1)), event('c', FUTURE(3))], nextToken: null }));
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={NO_FILTERS} onFilter={() => undefined} />);
    await screen.findByRole('link', { name: 'Event a' });
    api.events.set('b', event('b', FUTURE(2), { title: 'Launch party' }));
    // Act
    await act(async () => api.live!.onId('b'));
    // Assess
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Event a', 'Launch partyNew', 'Event c']);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/New event published: Launch party/);
    await act(async () => fireEvent.click(within(status).getByRole('button', { name: 'Dismiss' })));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers the calendar feed narrowed like the list, as a webcal: subscription and as a plain address', async () => {
    // Act
    render(<EventsPage authMode="apiKey" calendarUrl="http://127.0.0.1:4000/calendar.ics" filters={{ ...NO_FILTERS, category: ' Music ', tag: 'Jazz' }} onFilter={() => undefined} />);
    await screen.findByText('No upcoming events match these filters.');

    // Assess
    const subscribe = screen.getByRole('link', { name: 'subscribe in your calendar app' });
    expect(subscribe.getAttribute('href')).toBe('webcal://127.0.0.1:4000/calendar.ics?category=music&tag=jazz');
    expect(screen.getByRole('link', { name: 'feed address' }).getAttribute('href')).toBe('http://127.0.0.1:4000/calendar.ics?category=music&tag=jazz');
  });

  it('ignores a live event outside the tag filter', async () => {
    // Prepare
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={{ ...NO_FILTERS, tag: 'rust' }} onFilter={() => undefined} />);
    await screen.findByText('No upcoming events match these filters.');
    api.events.set('b', event('b', FUTURE(2)));
    // Act
    await act(async () => api.live!.onId('b'));
    // Assess
    expect(screen.queryByRole('link', { name: 'Event b' })).toBeNull();
  });

  it('validates the filter form inline and applies trimmed filters', async () => {
    // Prepare
    const onFilter = vi.fn();
    render(<EventsPage authMode="apiKey" calendarUrl={null} filters={NO_FILTERS} onFilter={onFilter} />);
    const form = screen.getByRole('search', { name: 'Filter events' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2026-06-10' } });
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: '2026-06-01' } });
    // Act
    fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
    // Assess
    expect(within(form).getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Choose a day on or after the “From” day.')).toBeTruthy();
    expect(onFilter).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: '2026-06-30' } });
    fireEvent.change(within(form).getByLabelText('Tag'), { target: { value: ' #GraphQL ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
    expect(onFilter).toHaveBeenCalledWith({ from: '2026-06-10', to: '2026-06-30', category: '', tag: 'GraphQL' });
  });
});
