// announcement pipeline: 1 checks the caller organizes the event (or is an admin), 2 reads its
// Announcement item (null before the event is published).
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
