// Turns a stored Event item into the GraphQL Event shape (availability is derived, tags default).

export interface EventItem {
  id: string;
  status: string;
  organizerId: string;
  startsAt: string;
  version: number;
  capacity?: number | null;
  attendeeCount?: number;
  waitlistCount?: number;
  tags?: string[];
  [attribute: string]: unknown;
}

export interface SeatAvailability {
  capacity: number | null;
  attendeeCount: number;
  waitlistCount: number;
  seatsLeft: number | null;
}

export function availabilityOf(item: EventItem): SeatAvailability {
  const capacity = item.capacity == null ? null : item.capacity;
  const attendeeCount = item.attendeeCount ? item.attendeeCount : 0;
  return {
    capacity,
    attendeeCount,
    waitlistCount: item.waitlistCount ? item.waitlistCount : 0,
    seatsLeft: capacity == null ? null : Math.max(capacity - attendeeCount, 0),
  };
}

export function toEvent(item: EventItem): EventItem & { availability: SeatAvailability; tags: string[] } {
  return { ...item, tags: item.tags ? item.tags : [], availability: availabilityOf(item) };
}
