// Single-table keys the functions touch (design.md §3); mirrors resolvers/lib/keys.ts, which functions may not import.

export type ItemKey = { pk: string; sk: string };

export const eventKey = (eventId: string): ItemKey => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });
export const announcementKey = (eventId: string): ItemKey => ({ pk: `EVENT#${eventId}`, sk: 'ANNOUNCEMENT' });
export const subscriberKey = (email: string): ItemKey => ({ pk: `SUBSCRIBER#${email.toLowerCase()}`, sk: 'SUBSCRIBER' });
export const tokenKey = (token: string): ItemKey => ({ pk: `TOKEN#${token}`, sk: 'TOKEN' });

export const DELIVERY_PREFIX = 'SENT#';
export const deliveryKey = (eventId: string, email: string): ItemKey => ({ pk: `EVENT#${eventId}`, sk: `${DELIVERY_PREFIX}${email.toLowerCase()}` });

/** GSI1 partition holding every confirmed subscriber. */
export const CONFIRMED_SUBSCRIBERS = 'SUBS#CONFIRMED';
