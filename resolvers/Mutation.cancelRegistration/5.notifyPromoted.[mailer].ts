// Tells the person promoted from the waitlist (if any) that they now have a seat, with an invite.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import type { EventItem } from '../lib/event-view';
import { mailUsers, reportHandOff } from '../lib/notify';
import type { RegistrationItem } from '../lib/registration-view';

export function request(ctx: Context) {
  const promoted = ctx.stash.promoted as RegistrationItem | null;
  if (!promoted) {
    runtime.earlyReturn(ctx.prev.result);
  }
  return mailUsers('waitlist-promoted', [(promoted as RegistrationItem).userId], ctx.stash.event as EventItem);
}

export function response(ctx: Context) {
  reportHandOff(ctx);
  return ctx.prev.result;
}
