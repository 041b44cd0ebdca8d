// listEvents: published events from `filter.from` (default now) on, in start order, read month bucket
// by month bucket from GSI1 (never a Scan). Up to four buckets are read per request; a page is
// shorter than `limit` only at the end or when four buckets in a row held too few matching events.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import type { QueryListEventsArgs } from '../__generated__/graphql';
import type { PageInProgress } from '../lib/bucket-page';
import { addMonths, decodeCursor, encodeCursor } from '../lib/event-cursor';
import { ErrorType } from '../lib/errors';
import { utcInstant } from '../lib/event-input';
import { toEvent } from '../lib/event-view';
import { monthOf } from '../lib/keys';
import { pageSize } from '../lib/pagination';

// Without `to`, listing looks this far ahead for published events before it reports the end.
const HORIZON_MONTHS = 24;

export function request(ctx: Context<QueryListEventsArgs>) {
  const filter = ctx.args.filter ? ctx.args.filter : {};
  const limit = pageSize(ctx.args.limit, 20);
  const from = filter.from ? utcInstant('filter.from', filter.from) : util.time.nowISO8601();
  const to = filter.to ? utcInstant('filter.to', filter.to) : null;
  if (to && to <= from) {
    util.error('filter.to: must be after filter.from', ErrorType.Validation, null, { field: 'filter.to' });
  }
  const cursor = ctx.args.nextToken ? decodeCursor(ctx.args.nextToken) : { month: monthOf(from), from, pageToken: null };
  const page: PageInProgress = {
    items: [],
    limit,
    cursor,
    lastMonth: to ? monthOf(to) : addMonths(monthOf(cursor.from), HORIZON_MONTHS),
    to,
    category: filter.category ? filter.category.toLowerCase() : null,
    tag: filter.tag ? filter.tag.toLowerCase() : null,
    done: false,
  };
  ctx.stash.page = page;
  return {};
}

export function response(ctx: Context<QueryListEventsArgs>) {
  const page = ctx.stash.page as PageInProgress;
  return {
    items: page.items.map((item) => toEvent(item)),
    nextToken: page.done ? null : encodeCursor(page.cursor),
  };
}
