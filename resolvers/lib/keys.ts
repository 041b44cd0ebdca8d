// Single-table keys (design.md §3). The only place that knows how items are addressed.

export interface ItemKey {
  pk: string;
  sk: string;
}

export function eventKey(id: string): ItemKey {
  return { pk: `EVENT#${id}`, sk: 'EVENT' };
}

export function registrationKey(eventId: string, userId: string): ItemKey {
  return { pk: `EVENT#${eventId}`, sk: `REG#${userId}` };
}

export function announcementKey(eventId: string): ItemKey {
  return { pk: `EVENT#${eventId}`, sk: 'ANNOUNCEMENT' };
}

export function subscriberKey(email: string): ItemKey {
  return { pk: `SUBSCRIBER#${email.toLowerCase()}`, sk: 'SUBSCRIBER' };
}

/** Single-purpose tokens mailed to people (confirm a sign-up, unsubscribe). */
export function tokenKey(token: string): ItemKey {
  return { pk: `TOKEN#${token}`, sk: 'TOKEN' };
}

/** GSI1 partition of a published event: one bucket per month of its start (no hot partition). */
export function publishedBucket(month: string): string {
  return `PUB#${month}`;
}

/** `yyyy-MM` of an ISO-8601 UTC timestamp. */
export function monthOf(isoUtc: string): string {
  return isoUtc.slice(0, 7);
}

/** GSI1 keys of a published event: start time first so a bucket reads in chronological order. */
export function listingKeys(startsAt: string, id: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: publishedBucket(monthOf(startsAt)), gsi1sk: `${startsAt}#${id}` };
}

/** GSI2 keys: an organizer's events, newest first by creation time. */
export function organizerKeys(organizerId: string, createdAt: string, id: string): { gsi2pk: string; gsi2sk: string } {
  return { gsi2pk: `ORG#${organizerId}`, gsi2sk: `${createdAt}#${id}` };
}

/** GSI1 keys of a waitlisted registration: arrival order within the event. */
export function waitlistKeys(eventId: string, waitlistedAt: string, userId: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: `WAIT#${eventId}`, gsi1sk: `${waitlistedAt}#${userId}` };
}

/** GSI2 keys: a user's registrations, soonest event first. */
export function attendeeKeys(userId: string, startsAt: string, eventId: string): { gsi2pk: string; gsi2sk: string } {
  return { gsi2pk: `USER#${userId}`, gsi2sk: `${startsAt}#${eventId}` };
}

/** GSI1 keys of a confirmed announcement subscriber. */
export function confirmedSubscriberKeys(confirmedAt: string, email: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: 'SUBS#CONFIRMED', gsi1sk: `${confirmedAt}#${email.toLowerCase()}` };
}
