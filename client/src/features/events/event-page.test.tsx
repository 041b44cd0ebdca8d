// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Availability, EventView } from '../../lib/event-details';
import { EventPage } from './event-page';

const api = vi.hoisted(() => ({
  event: null as unknown,
  mine: null as unknown,
  seats: null as null | { onSeats(a: unknown): void },
  changes: null as null | { onId(id: string): void },
  register: vi.fn(),
  cancel: vi.fn(),
  find: vi.fn(),
}));

vi.mock('./api/get-event', () => ({ getEvent: async () => api.event }));
vi.mock('./api/live-events', () => ({
  watchEventChanges: (_a: string, _id: string, handlers: typeof api.changes) => {
    api.changes = handlers;
    return () => undefined;
  },
}));
vi.mock('./api/registrations', () => ({
  watchSeats: (_a: string, _id: string, handlers: typeof api.seats) => {
    api.seats = handlers;
    return () => undefined;
  },
  findMyRegistration: (...args: unknown[]) => api.find(...args),
  registerForEvent: (...args: unknown[]) => api.register(...args),
  cancelRegistration: (...args: unknown[]) => api.cancel(...args),
}));

const seats = (capacity: number | null, attendeeCount: number, waitlistCount = 0): Availability => ({
  capacity,
  attendeeCount,
  waitlistCount,
  seatsLeft: capacity == null ? null : Math.max(capacity - attendeeCount, 0),
});

function event(patch: Partial<EventView> = {}): EventView {
  return {
    id: 'e1',
    title: 'Serverless Meetup',
    description: 'Talks and pizza.',
    startsAt: '2026-06-15T22:00:00Z',
    endsAt: '2026-06-16T01:00:00Z',
    timeZone: 'America/New_York',
    image: { key: 'events/e1/c.png', url: 'http://s3/e1.png', alt: 'A crowded meetup room' },
    venue: { name: 'Civic Hall', address: '124 E 14th St', city: 'New York', country: 'US' },
    onlineUrl: 'https://meet.example.com/e1',
    category: 'tech',
    tags: ['aws'],
    availability: seats(2, 1),
    status: 'PUBLISHED',
    organizerId: 'org-1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    publishedAt: '2026-01-02T00:00:00Z',
    cancelledAt: null,
    cancellationReason: null,
    previousStartsAt: null,
    version: 2,
    ...patch,
  };
}

const attendee = { signedIn: true, userId: 'user-1', isAdmin: false };

beforeEach(() => {
  api.event = event();
  api.find.mockResolvedValue(null);
  api.register.mockReset();
  api.cancel.mockReset();
});
afterEach(cleanup);

describe('EventPage', () => {
  it('shows the cover with its alt text, both time zones, the place and the seats', async () => {
    // Prepare
    // Act
    render(<EventPage id="e1" viewer={{ signedIn: false, userId: null, isAdmin: false }} />);
    // Assess
    expect(await screen.findByRole('heading', { level: 1, name: 'Serverless Meetup' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'A crowded meetup room' })).toBeTruthy();
    expect(screen.getByText('(America/New_York)')).toBeTruthy();
    expect(screen.getByText('Civic Hall, 124 E 14th St, New York, US')).toBeTruthy();
    expect(screen.getByTestId('seats').textContent).toBe('1 of 2 seats left');
    expect(screen.getByRole('link', { name: 'Sign in to register' }).getAttribute('href')).toBe('#/sign-in?returnTo=%23%2Fevents%2Fe1');
    expect(screen.queryByRole('link', { name: 'Manage this event' })).toBeNull();
  });

  it('updates the seats live when anyone registers', async () => {
    // Prepare
    render(<EventPage id="e1" viewer={attendee} />);
    await screen.findByRole('button', { name: 'Register' });
    // Act
    await act(async () => api.seats!.onSeats(seats(2, 2, 1)));
    // Assess
    expect(screen.getByTestId('seats').textContent).toBe('Full · 1 on the waitlist');
    expect(screen.getByRole('button', { name: 'Join the waitlist' })).toBeTruthy();
  });

  it('registers into the waitlist and shows the position; leaving returns to the register button', async () => {
    // Prepare
    api.event = event({ availability: seats(2, 2) });
    api.register.mockResolvedValue({ eventId: 'e1', status: 'WAITLISTED', waitlistPosition: 3, availability: seats(2, 2, 3) });
    api.cancel.mockResolvedValue({ eventId: 'e1', status: 'CANCELLED', waitlistPosition: null, availability: seats(2, 2, 2) });
    render(<EventPage id="e1" viewer={attendee} />);
    const join = await screen.findByRole('button', { name: 'Join the waitlist' });
    // Act
    await act(async () => fireEvent.click(join));
    // Assess
    const panel = screen.getByRole('region', { name: 'Seats' });
    expect(within(panel).getByText('number 3')).toBeTruthy();
    expect(within(panel).getByRole('status').textContent).toBe('The event is full: you are number 3 on the waitlist.');
    expect(screen.getByTestId('seats').textContent).toBe('Full · 3 on the waitlist');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Leave the waitlist' })));
    expect(api.cancel).toHaveBeenCalledWith('e1');
    expect(screen.getByRole('button', { name: 'Join the waitlist' })).toBeTruthy();
  });

  it('keeps the pressed button, and so the focus, while registering turns it into the way back out', async () => {
    // Prepare
    let answer: (value: unknown) => void = () => undefined;
    api.register.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(<EventPage id="e1" viewer={attendee} />);
    const button = await screen.findByRole('button', { name: 'Register' });
    button.focus();
    // Act
    await act(async () => fireEvent.click(button));
    const whilePending = { name: button.textContent, ariaDisabled: button.getAttribute('aria-disabled'), disabled: (button as HTMLButtonElement).disabled };
    fireEvent.click(button);
    await act(async () => answer({ eventId: 'e1', status: 'CONFIRMED', waitlistPosition: null, availability: seats(2, 2) }));
    // Assess
    expect(whilePending).toEqual({ name: 'Registering…', ariaDisabled: 'true', disabled: false });
    expect(api.register).toHaveBeenCalledTimes(1);
    expect(button.isConnected).toBe(true);
    expect(button.textContent).toBe('Cancel my registration');
    expect(document.activeElement).toBe(button);
    expect(within(screen.getByRole('region', { name: 'Seats' })).getByRole('status').textContent).toBe('You have a seat.');
  });

  it('notices a promotion from the waitlist when seats change', async () => {
    // Prepare
    api.find.mockResolvedValueOnce({ eventId: 'e1', status: 'WAITLISTED', waitlistPosition: 1 });
    render(<EventPage id="e1" viewer={attendee} />);
    await screen.findByRole('button', { name: 'Leave the waitlist' });
    api.find.mockResolvedValueOnce({ eventId: 'e1', status: 'CONFIRMED', waitlistPosition: null });
    // Act
    await act(async () => api.seats!.onSeats(seats(2, 2)));
    // Assess
    expect(await screen.findByText(/you moved up from the waitlist/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel my registration' })).toBeTruthy();
  });

  it('reports a failed registration without losing the page', async () => {
    // Prepare
    api.register.mockRejectedValue({ errors: [{ message: 'Event e1 is not open for registration', errorType: 'ConflictError' }] });
    render(<EventPage id="e1" viewer={attendee} />);
    const register = await screen.findByRole('button', { name: 'Register' });
    // Act
    await act(async () => fireEvent.click(register));
    // Assess
    expect(screen.getByRole('alert').textContent).toBe('Event e1 is not open for registration');
    expect(screen.getByRole('button', { name: 'Register' })).toBeTruthy();
  });

  it('shows a cancelled event with its reason and no registration actions; the organizer may manage it', async () => {
    // Prepare
    api.event = event({ status: 'CANCELLED', cancellationReason: 'Venue flooded.' });
    // Act
    render(<EventPage id="e1" viewer={{ signedIn: true, userId: 'org-1', isAdmin: false }} />);
    // Assess
    expect(await screen.findByText('Venue flooded.')).toBeTruthy();
    expect(screen.getByText('This event was cancelled; registration is closed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Register|waitlist/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Manage this event' }).getAttribute('href')).toBe('#/organizer/events/e1');
  });

  it('says when the event does not exist', async () => {
    // Prepare
    api.event = null;
    // Act
    render(<EventPage id="nope" viewer={attendee} />);
    // Assess
    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found' })).toBeTruthy();
  });

  it('re-reads the event when it changes elsewhere', async () => {
    // Prepare
    render(<EventPage id="e1" viewer={attendee} />);
    await screen.findByRole('heading', { level: 1, name: 'Serverless Meetup' });
    api.event = event({ title: 'Serverless Meetup (moved online)' });
    // Act
    await act(async () => api.changes!.onId('e1'));
    // Assess
    expect(screen.getByRole('heading', { level: 1, name: 'Serverless Meetup (moved online)' })).toBeTruthy();
  });
});
