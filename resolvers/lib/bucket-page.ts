// One listEvents pipeline step: reads the current month bucket of GSI1 into the page being built in
// stash.page, then moves the cursor on (next DynamoDB page, or next month). Several identical steps
// let one request span month boundaries; once the page is full or the end is reached, the next step
// jumps straight to the resolver's response handler.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { addMonths } from './event-cursor';
import type { EventCursor } from './event-cursor';
import { resultOrError } from './errors';
import type { EventItem } from './event-view';
import { publishedBucket } from './keys';

export interface PageInProgress {
  items: EventItem[];
  limit: number;
  cursor: EventCursor;
  lastMonth: string;
  to: string | null;
  category: string | null;
  tag: string | null;
  done: boolean;
}

function filterOf(page: PageInProgress) {
  if (page.category && page.tag) {
    return { category: { eq: page.category }, tags: { contains: page.tag } };
  }
  if (page.category) {
    return { category: { eq: page.category } };
  }
  if (page.tag) {
    return { tags: { contains: page.tag } };
  }
  return undefined;
}

export function request(ctx: Context) {
  const page = ctx.stash.page as PageInProgress;
  if (page.done || page.items.length >= page.limit) {
    // The remaining steps would do nothing; skipping them spares each a pass over the page's items.
    runtime.earlyReturn(ctx.prev.result, { skipTo: 'END' });
  }
  const cursor = page.cursor;
  return ddb.query({
    index: 'gsi1',
    query: { gsi1pk: { eq: publishedBucket(cursor.month) }, gsi1sk: page.to ? { between: [cursor.from, page.to] } : { ge: cursor.from } },
    filter: filterOf(page),
    limit: page.limit - page.items.length,
    nextToken: cursor.pageToken ? cursor.pageToken : undefined,
    scanIndexForward: true,
  });
}

export function response(ctx: Context) {
  const result = resultOrError<{ items: EventItem[]; nextToken?: string | null }>(ctx);
  const page = ctx.stash.page as PageInProgress;
  for (const item of result.items) {
    page.items.push(item);
  }
  if (result.nextToken) {
    page.cursor = { month: page.cursor.month, from: page.cursor.from, pageToken: result.nextToken };
  } else if (page.cursor.month >= page.lastMonth) {
    page.done = true;
  } else {
    page.cursor = { month: addMonths(page.cursor.month, 1), from: page.cursor.from, pageToken: null };
  }
  return ctx.prev.result;
}
