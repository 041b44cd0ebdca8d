// One page of ddb.sync: the base table, or the changes since lastSync.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ limit?: number; nextToken?: string; lastSync?: number }>) {
  const { limit, nextToken, lastSync } = ctx.args;
  return ddb.sync({ limit, nextToken, lastSync });
}

export function response(ctx: Context) {
  return ctx.result;
}
