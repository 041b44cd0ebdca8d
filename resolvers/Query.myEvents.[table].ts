// myEvents: the caller's own events in every status, newest first (GSI2 by organizer).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryMyEventsArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { toEvent, type EventItem } from './lib/event-view';
import { callerSub } from './lib/identity';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryMyEventsArgs>) {
  return ddb.query({
    index: 'gsi2',
    query: { gsi2pk: { eq: `ORG#${callerSub(ctx)}` } },
    limit: pageSize(ctx.args.limit, 20),
    nextToken: ctx.args.nextToken ? ctx.args.nextToken : undefined,
    scanIndexForward: false,
  });
}

export function response(ctx: Context<QueryMyEventsArgs>) {
  const page = resultOrError<{ items: EventItem[]; nextToken?: string | null }>(ctx);
  return { items: page.items.map((item) => toEvent(item)), nextToken: page.nextToken ? page.nextToken : null };
}
