// Pages the REG# items that live in the event's partition.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryEventRegistrationsArgs } from '../__generated__/graphql';
import { resultOrError } from '../lib/errors';
import { pageSize } from '../lib/pagination';

export function request(ctx: Context<QueryEventRegistrationsArgs>) {
  return ddb.query({
    query: { pk: { eq: `EVENT#${ctx.args.eventId}` }, sk: { beginsWith: 'REG#' } },
    limit: pageSize(ctx.args.limit, 50),
    nextToken: ctx.args.nextToken ? ctx.args.nextToken : undefined,
  });
}

export function response(ctx: Context<QueryEventRegistrationsArgs>) {
  const page = resultOrError<{ items: unknown[]; nextToken?: string | null }>(ctx);
  return { items: page.items, nextToken: page.nextToken ? page.nextToken : null };
}
