// Hands the message to a Lambda without waiting for it (invocationType Event).
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ message: string }>) {
  return { operation: 'Invoke', invocationType: 'Event', payload: { message: ctx.args.message } };
}

export function response(ctx: Context) {
  return ctx.result === null;
}
