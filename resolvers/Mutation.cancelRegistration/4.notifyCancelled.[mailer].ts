// Confirms the cancellation to the caller, with a calendar CANCEL for the invite they received.
import type { Context } from '@aws-appsync/utils';
import type { EventItem } from '../lib/event-view';
import { mailUsers, reportHandOff } from '../lib/notify';
import type { RegistrationItem } from '../lib/registration-view';

export function request(ctx: Context) {
  return mailUsers('registration-cancelled', [(ctx.prev.result as RegistrationItem).userId], ctx.stash.event as EventItem);
}

export function response(ctx: Context) {
  reportHandOff(ctx);
  return ctx.prev.result;
}
