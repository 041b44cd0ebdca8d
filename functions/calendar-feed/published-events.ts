// Reads the published events of a time window from GSI1's month buckets (`PUB#yyyy-mm`, sorted by start; design.md
// §3), a few buckets at a time and in order, so the earliest events are kept when the feed reaches its size cap.
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FeedEvent } from './feed';

export type EventWindow = {
  /** ISO-8601 UTC: events starting at or after this instant. */
  from: string;
  /** Number of month buckets after `from`'s own month that are read too. */
  monthsAhead: number;
  /** Lower-case, as events store them; null reads every event. */
  category: string | null;
  tag: string | null;
  /** At most this many events (the earliest); `truncated` says whether more were left out. */
  max: number;
};

const BUCKETS_AT_ONCE = 4;

/** `yyyy-mm` months from `from`'s month on, `count` more after it. */
export function monthBuckets(from: string, count: number): string[] {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1;
  return Array.from({ length: count + 1 }, (_, i) => {
    const date = new Date(Date.UTC(year, month + i, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

async function readBucket(db: DynamoDBDocumentClient, table: string, month: string, window: EventWindow): Promise<FeedEvent[]> {
  const conditions = [window.category ? 'category = :category' : null, window.tag ? 'contains(tags, :tag)' : null].filter(Boolean);
  const items: FeedEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :bucket AND gsi1sk >= :from',
        FilterExpression: conditions.length ? conditions.join(' AND ') : undefined,
        ExpressionAttributeValues: {
          ':bucket': `PUB#${month}`,
          ':from': window.from,
          ...(window.category ? { ':category': window.category } : {}),
          ...(window.tag ? { ':tag': window.tag } : {}),
        },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((out.Items ?? []) as FeedEvent[]));
    start = out.LastEvaluatedKey;
  } while (start && items.length <= window.max);
  return items;
}

export async function readPublishedEvents(db: DynamoDBDocumentClient, table: string, window: EventWindow): Promise<{ events: FeedEvent[]; truncated: boolean }> {
  const months = monthBuckets(window.from, window.monthsAhead);
  const events: FeedEvent[] = [];
  for (let i = 0; i < months.length && events.length <= window.max; i += BUCKETS_AT_ONCE) {
    const pages = await Promise.all(months.slice(i, i + BUCKETS_AT_ONCE).map((month) => readBucket(db, table, month, window)));
    events.push(...pages.flat());
  }
  return { events: events.slice(0, window.max), truncated: events.length > window.max };
}
