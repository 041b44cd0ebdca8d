// Passes the argument through as the DynamoDB request and reports what the data source answered.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ request: unknown }>) {
  return ctx.args.request;
}

export function response(ctx: Context) {
  return { result: ctx.result ?? null, error: ctx.error ?? null };
}
