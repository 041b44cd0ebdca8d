// unsubscribe pipeline: 1 accepts an UNSUBSCRIBE token (it stays valid, so the link keeps working),
// 2 opts the address out of every announcement. Repeating it is harmless.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  ctx.stash.tokenPurpose = 'UNSUBSCRIBE';
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
