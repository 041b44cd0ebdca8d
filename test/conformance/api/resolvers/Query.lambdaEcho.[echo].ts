// Invokes a Lambda with parts of the context and raises its error the usual way.
import { util, type Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  return { operation: 'Invoke', payload: { arguments: ctx.args, identity: ctx.identity, fieldName: ctx.info.fieldName } };
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
