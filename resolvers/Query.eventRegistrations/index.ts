// eventRegistrations pipeline: 1 checks the caller organizes the event (or is an admin), 2 pages its
// registrations from the event's own partition.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
