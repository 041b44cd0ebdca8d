// The stored Event item as the functions read it (design.md §3; written by the API's resolvers), and the
// human-readable bits every mail about an event shares.

export type Venue = { name: string; address?: string | null; city?: string | null; country?: string | null };

export type EventItem = {
  id: string;
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt?: string | null;
  timeZone: string;
  venue?: Venue | null;
  onlineUrl?: string | null;
  category?: string | null;
  tags?: string[] | null;
  status: string;
  version: number;
  cancellationReason?: string | null;
};

/** "Hall 1, Main St 3, Berlin, DE" / "Online" / both, or null when the event has neither. */
export function whereOf(event: Pick<EventItem, 'venue' | 'onlineUrl'>): string | null {
  const venue = event.venue ? [event.venue.name, event.venue.address, event.venue.city, event.venue.country].filter(Boolean).join(', ') : '';
  const online = event.onlineUrl ? `Online: ${event.onlineUrl}` : '';
  return [venue, online].filter(Boolean).join(' · ') || null;
}

export const eventUrl = (publicBaseUrl: string, eventId: string) => `${publicBaseUrl}/events/${encodeURIComponent(eventId)}`;
