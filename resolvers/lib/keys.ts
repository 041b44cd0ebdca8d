// Single-table keys (design.md §3). The only place that knows how items are addressed.

export function eventKey(id: string): { pk: string; sk: string } {
  return { pk: `EVENT#${id}`, sk: 'EVENT' };
}

/** GSI1 partition of a published event: one bucket per month of its start (no hot partition). */
export function publishedBucket(month: string): string {
  return `PUB#${month}`;
}

/** `yyyy-MM` of an ISO-8601 UTC timestamp. */
export function monthOf(isoUtc: string): string {
  return isoUtc.slice(0, 7);
}

/** GSI1 sort key: start time first so a bucket reads in chronological order. */
export function publishedSortKey(startsAt: string, id: string): string {
  return `${startsAt}#${id}`;
}

/** GSI2 keys: an organizer's events, newest first by creation time. */
export function organizerKeys(organizerId: string, createdAt: string, id: string): { gsi2pk: string; gsi2sk: string } {
  return { gsi2pk: `ORG#${organizerId}`, gsi2sk: `${createdAt}#${id}` };
}
