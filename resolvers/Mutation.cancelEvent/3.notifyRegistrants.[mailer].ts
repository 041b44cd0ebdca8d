// Tells everyone holding a seat or a waitlist place that the event is off, with the reason and a
// calendar CANCEL (the mailer pages the registrations itself).
import type { Context } from '@aws-appsync/utils';
import type { EventItem } from '../lib/event-view';
import { mailRegistrants, reportHandOff } from '../lib/notify';

export function request(ctx: Context) {
  return mailRegistrants('event-cancelled', ctx.prev.result as EventItem);
}

export function response(ctx: Context) {
  reportHandOff(ctx);
  return ctx.prev.result;
}
