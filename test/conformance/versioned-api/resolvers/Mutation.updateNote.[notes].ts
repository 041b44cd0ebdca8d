// Updates a note's title through ddb.update, passing the client's _version; errors are raised as AppSync's
// generated resolvers do, with the current item as data.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx: Context<{ id: string; title: string; _version?: number }>) {
  const { id, title, _version } = ctx.args;
  return ddb.update({ key: { id }, update: { title }, condition: { id: { attributeExists: true } }, _version });
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type, ctx.result);
  }
  return ctx.result;
}
