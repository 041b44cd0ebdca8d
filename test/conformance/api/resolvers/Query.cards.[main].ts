// Batch-reads cards by id from the table named in the API environment, keeping the request order.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ ids: string[] }>) {
  const table = ctx.env.TABLE_NAME;
  return ddb.batchGet({ tables: { [table]: { keys: ctx.args.ids.map((id) => ({ pk: `CARD#${id}`, sk: 'CARD' })) } } });
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result.data[ctx.env.TABLE_NAME];
}
