// myRegistrations: the caller's registrations in every status, soonest event first (GSI2 by user).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryMyRegistrationsArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { callerSub } from './lib/identity';
import { pageSize } from './lib/pagination';

export function request(ctx: Context<QueryMyRegistrationsArgs>) {
  return ddb.query({
    index: 'gsi2',
    query: { gsi2pk: { eq: `USER#${callerSub(ctx)}` } },
    limit: pageSize(ctx.args.limit, 20),
    nextToken: ctx.args.nextToken ? ctx.args.nextToken : undefined,
    scanIndexForward: true,
  });
}

export function response(ctx: Context<QueryMyRegistrationsArgs>) {
  const page = resultOrError<{ items: unknown[]; nextToken?: string | null }>(ctx);
  return { items: page.items, nextToken: page.nextToken ? page.nextToken : null };
}
