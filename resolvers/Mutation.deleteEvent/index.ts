// deleteEvent pipeline: 1 loads the draft (owner or admin), 2 deletes it. Published events are
// cancelled, never deleted, so registrants keep a record.
import type { Context } from '@aws-appsync/utils';
import { toEvent, type EventItem } from '../lib/event-view';

export function request(ctx: Context) {
  ctx.stash.allowedStatuses = ['DRAFT'];
  return {};
}

export function response(ctx: Context) {
  return toEvent(ctx.prev.result as EventItem);
}
