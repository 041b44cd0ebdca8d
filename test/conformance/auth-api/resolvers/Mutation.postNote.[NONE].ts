// Publishes a note with every field set to onNote subscribers.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ id: string; title: string }>) {
  return { payload: { id: ctx.args.id, title: ctx.args.title, secret: 's3cr3t', lambdaOnly: 'lambda', required: 'always' } };
}

export function response(ctx: Context) {
  return ctx.result;
}
