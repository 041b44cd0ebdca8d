// Reports who called, as the resolver sees it.
import { util, type Context } from '@aws-appsync/utils';

export function request() {
  return { payload: null };
}

export function response(ctx: Context) {
  return { identity: ctx.identity ?? null, authType: util.authType() };
}
