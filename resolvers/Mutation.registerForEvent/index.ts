// registerForEvent pipeline: 1 reads event + registration, 2 takes a seat if one is free, 3 otherwise
// joins the waitlist, 4 mails a confirmed attendee their invite. Each write is one transaction with
// conditions on the counters, so capacity can never be exceeded, whatever the concurrency.
// Registering again returns the existing registration.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
