// listEvents: published events from now on, in start order, read month bucket by month bucket from
// GSI1 (never a Scan). A page ends at a bucket boundary, so pages may be short; clients follow nextToken.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryListEventsArgs } from './__generated__/graphql';
import { decodeCursor, encodeCursor, nextMonth } from './lib/event-cursor';
import type { EventCursor } from './lib/event-cursor';
import { ErrorType, resultOrError } from './lib/errors';
import { monthOf, publishedBucket } from './lib/keys';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
// How far ahead listing looks for published events before it reports the end.
const HORIZON_MONTHS = 24;

function horizonMonth(from: string): string {
  const year = parseInt(from.slice(0, 4), 10);
  return `${year + HORIZON_MONTHS / 12}${from.slice(4, 7)}`;
}

export function request(ctx: Context<QueryListEventsArgs>) {
  const limit = ctx.args.limit == null ? DEFAULT_LIMIT : ctx.args.limit;
  if (limit < 1 || limit > MAX_LIMIT) {
    util.error(`limit: must be between 1 and ${MAX_LIMIT}`, ErrorType.Validation, null, { field: 'limit' });
  }
  const now = util.time.nowISO8601();
  const cursor: EventCursor = ctx.args.nextToken
    ? decodeCursor(ctx.args.nextToken)
    : { month: monthOf(now), from: now, pageToken: null };
  ctx.stash.cursor = cursor;
  return ddb.query({
    index: 'gsi1',
    query: { gsi1pk: { eq: publishedBucket(cursor.month) }, gsi1sk: { ge: cursor.from } },
    limit,
    nextToken: cursor.pageToken ? cursor.pageToken : undefined,
    scanIndexForward: true,
  });
}

export function response(ctx: Context<QueryListEventsArgs>) {
  const result = resultOrError<{ items: unknown[]; nextToken?: string | null }>(ctx);
  const cursor = ctx.stash.cursor as EventCursor;
  let nextToken: string | null = null;
  if (result.nextToken) {
    nextToken = encodeCursor({ month: cursor.month, from: cursor.from, pageToken: result.nextToken });
  } else if (nextMonth(cursor.month) <= horizonMonth(cursor.from)) {
    nextToken = encodeCursor({ month: nextMonth(cursor.month), from: cursor.from, pageToken: null });
  }
  return { items: result.items, nextToken };
}
