// confirmSubscription pipeline: 1 accepts a CONFIRM token, 2 confirms the address, consumes the token
// and issues the address's unsubscribe token, atomically. A reused token fails and changes nothing.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  ctx.stash.tokenPurpose = 'CONFIRM';
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
