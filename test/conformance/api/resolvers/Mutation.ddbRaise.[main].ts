// Passes the argument through as the DynamoDB request and raises any data-source error the usual way.
import { util, type Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ request: unknown }>) {
  return ctx.args.request;
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type, ctx.result);
  }
  return ctx.result;
}
