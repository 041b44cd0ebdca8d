// Test-only: writes Herald items the way the API's resolvers do (design.md §3), in bulk for fan-out tests.
import { BatchWriteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventItem } from '../lib/event-item';

export type SeededSubscriber = { email: string; token: string; status: 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED'; topics: string[]; inIndex: boolean };

/** A deterministic mix: pending, unsubscribed (a few still in GSI1, as an index lagging an opt-out would be),
 * confirmed for other topics, for the event's category, for one of its tags, and for everything. */
export function subscriberMix(count: number, prefix: string): SeededSubscriber[] {
  return Array.from({ length: count }, (_, i) => {
    const email = `${prefix}${String(i).padStart(5, '0')}@example.test`;
    const token = `tok${prefix}${String(i).padStart(5, '0')}xxxx`.replace(/[^A-Za-z0-9_-]/g, '');
    switch (i % 10) {
      case 0:
        return { email, token, status: 'PENDING', topics: [], inIndex: false };
      case 1:
        return { email, token, status: 'UNSUBSCRIBED', topics: [], inIndex: i % 20 === 1 };
      case 2:
        return { email, token, status: 'CONFIRMED', topics: ['sports'], inIndex: true };
      case 3:
        return { email, token, status: 'CONFIRMED', topics: ['Music'], inIndex: true };
      case 4:
        return { email, token, status: 'CONFIRMED', topics: ['jazz', 'sports'], inIndex: true };
      default:
        return { email, token, status: 'CONFIRMED', topics: [], inIndex: true };
    }
  });
}

export const shouldReceive = (s: SeededSubscriber) => s.status === 'CONFIRMED' && (s.topics.length === 0 || s.topics.some((t) => ['music', 'jazz', 'live'].includes(t.toLowerCase())));

export async function seedSubscribers(db: DynamoDBDocumentClient, table: string, subscribers: SeededSubscriber[]): Promise<void> {
  const items = subscribers.flatMap((s, i) => {
    const confirmedAt = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    const subscriber = {
      pk: `SUBSCRIBER#${s.email}`,
      sk: 'SUBSCRIBER',
      email: s.email,
      topics: s.topics,
      status: s.status,
      ...(s.status === 'PENDING' ? {} : { unsubscribeToken: s.token, confirmedAt }),
      ...(s.inIndex ? { gsi1pk: 'SUBS#CONFIRMED', gsi1sk: `${confirmedAt}#${s.email}` } : {}),
    };
    const token = { pk: `TOKEN#${s.token}`, sk: 'TOKEN', purpose: 'UNSUBSCRIBE', email: s.email };
    return s.status === 'PENDING' ? [subscriber] : [subscriber, token];
  });
  const batches: Array<Record<string, unknown>[]> = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  // A few batches at a time: DynamoDB Local is one JVM on a shared 2-core box.
  for (let i = 0; i < batches.length; i += 4) {
    await Promise.all(
      batches.slice(i, i + 4).map(async (batch) => {
        let pending: Record<string, unknown>[] | undefined = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending?.length) {
          const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
          pending = out.UnprocessedItems?.[table] as Record<string, unknown>[] | undefined;
        }
      }),
    );
  }
}

export function publishedEvent(id: string, overrides: Partial<EventItem> = {}): EventItem {
  return {
    id,
    title: `Jazz night ${id}`,
    description: 'An evening of live jazz.\nDoors open at 18:30.',
    startsAt: '2026-12-05T18:00:00.000Z',
    endsAt: '2026-12-05T21:00:00.000Z',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Kulturhaus', address: 'Hauptstraße 1', city: 'Berlin', country: 'DE' },
    category: 'music',
    tags: ['jazz', 'live'],
    status: 'PUBLISHED',
    version: 2,
    ...overrides,
  };
}

export async function seedPublishedEvent(db: DynamoDBDocumentClient, table: string, event: EventItem): Promise<void> {
  const now = new Date().toISOString();
  await db.send(new PutCommand({ TableName: table, Item: { pk: `EVENT#${event.id}`, sk: 'EVENT', ...event } }));
  await db.send(
    new PutCommand({
      TableName: table,
      Item: { pk: `EVENT#${event.id}`, sk: 'ANNOUNCEMENT', eventId: event.id, status: 'QUEUED', total: 0, sent: 0, failed: 0, createdAt: now, updatedAt: now },
    }),
  );
}
