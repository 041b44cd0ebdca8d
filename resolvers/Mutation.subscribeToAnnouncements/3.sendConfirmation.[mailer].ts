// Mails the confirmation link (asynchronously) when step 2 issued a token; nothing is mailed to an
// address that is already confirmed.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import { invokeAsync } from '../lib/lambda';

export function request(ctx: Context) {
  if (!ctx.stash.confirmationToken) {
    runtime.earlyReturn(null);
  }
  return invokeAsync({ kind: 'subscription-confirmation', to: ctx.stash.email, token: ctx.stash.confirmationToken, topics: ctx.stash.topics });
}

export function response(ctx: Context) {
  // A failed hand-off must not reveal anything about the address either; the server log has it.
  if (ctx.error) {
    console.error('confirmation mail not handed off', ctx.error.message);
  }
  return null;
}
