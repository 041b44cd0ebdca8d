// Batches the venue lookups of every card in a list into one Lambda invocation.
import { util, type Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  return { operation: 'BatchInvoke', payload: { pk: ctx.source.pk, title: ctx.source.title } };
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.appendError(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
