// Short texts about an event shared by the list and the event page: seats and place.
import type { Availability, EventView } from '../../lib/event-details';

/** "3 of 40 seats left", "Full · 2 on the waitlist", "Open to everyone · 12 going". */
export function seatsText(availability: Availability): string {
  const { capacity, attendeeCount, waitlistCount, seatsLeft } = availability;
  if (capacity == null) return `No seat limit · ${attendeeCount} going`;
  if ((seatsLeft ?? 0) > 0) return `${seatsLeft} of ${capacity} ${capacity === 1 ? 'seat' : 'seats'} left`;
  return waitlistCount > 0 ? `Full · ${waitlistCount} on the waitlist` : 'Full · waitlist open';
}

export function isFull(availability: Availability): boolean {
  return availability.capacity != null && (availability.seatsLeft ?? 0) <= 0;
}

/** "c-base, Berlin, DE", "Online", "c-base, Berlin · Online", or null. */
export function placeText(event: Pick<EventView, 'venue' | 'onlineUrl'>): string | null {
  const venue = event.venue ? [event.venue.name, event.venue.city, event.venue.country].filter(Boolean).join(', ') : '';
  return [venue, event.onlineUrl ? 'Online' : ''].filter(Boolean).join(' · ') || null;
}
