// cancelEvent pipeline: 1 loads the published event (owner or admin), 2 marks it CANCELLED and
// takes it out of the public listing, 3 mails every registrant. Subscribers of onEventChanged
// receive the result.
import type { Context } from '@aws-appsync/utils';
import { toEvent, type EventItem } from '../lib/event-view';

export function request(ctx: Context) {
  ctx.stash.allowedStatuses = ['PUBLISHED'];
  return {};
}

export function response(ctx: Context) {
  return toEvent(ctx.prev.result as EventItem);
}
