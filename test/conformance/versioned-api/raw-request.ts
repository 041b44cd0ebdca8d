// Shared by the raw resolvers: the argument is the DynamoDB request; the answer is what the response handler saw.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ request: unknown }>) {
  return ctx.args.request;
}

export function response(ctx: Context) {
  return { result: ctx.result ?? null, error: ctx.error ?? null };
}
