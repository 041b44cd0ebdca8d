// Pages confirmed subscribers from GSI1 (`gsi1pk = SUBS#CONFIRMED`) and decides who an event is for.
// Cursors are GSI1 LastEvaluatedKeys, base64url-encoded: opaque to everyone else.
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../lib/errors';
import type { EventItem } from '../lib/event-item';
import { CONFIRMED_SUBSCRIBERS } from '../lib/keys';

export type Subscriber = { email: string; topics: string[]; unsubscribeToken?: string; status?: string };
export type SubscriberPage = { subscribers: Subscriber[]; next: string | null };

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(cursor: string | null | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key)) return key as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ValidationError('cursor: not a cursor this function issued');
}

export async function readSubscriberPage(db: DynamoDBDocumentClient, table: string, cursor: string | null, limit: number): Promise<SubscriberPage> {
  const out = await db.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :confirmed',
      ExpressionAttributeValues: { ':confirmed': CONFIRMED_SUBSCRIBERS },
      ProjectionExpression: 'email, topics, unsubscribeToken, #status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExclusiveStartKey: decodeCursor(cursor),
      Limit: limit,
    }),
  );
  const subscribers = (out.Items ?? []).map((item) => ({
    email: String(item.email ?? ''),
    topics: Array.isArray(item.topics) ? item.topics.map(String) : [],
    unsubscribeToken: typeof item.unsubscribeToken === 'string' ? item.unsubscribeToken : undefined,
    status: typeof item.status === 'string' ? item.status : undefined,
  }));
  return { subscribers, next: encodeCursor(out.LastEvaluatedKey) };
}

/** No topics means everything; otherwise one topic must equal the event's category or one of its tags. */
export function matchesTopics(topics: readonly string[], event: Pick<EventItem, 'category' | 'tags'>): boolean {
  if (topics.length === 0) return true;
  const labels = new Set([event.category, ...(event.tags ?? [])].filter((l): l is string => !!l).map((l) => l.trim().toLowerCase()));
  return topics.some((topic) => labels.has(topic.trim().toLowerCase()));
}

/** GSI1 is eventually consistent: an index entry can briefly outlive an opt-out, so the status is checked too. */
export function isDeliverable(subscriber: Subscriber, event: Pick<EventItem, 'category' | 'tags'>): boolean {
  return subscriber.status === 'CONFIRMED' && subscriber.email.includes('@') && matchesTopics(subscriber.topics, event);
}
