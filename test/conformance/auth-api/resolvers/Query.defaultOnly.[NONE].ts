// A constant: the test is whether the caller may read it at all.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return { payload: 'default mode' };
}

export function response(ctx: Context) {
  return ctx.result;
}
