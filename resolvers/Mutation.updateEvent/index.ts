// updateEvent pipeline: 1 loads the event (owner or admin; drafts and published events only),
// 2 validates the merged fields and writes them under the caller's expectedVersion.
import type { Context } from '@aws-appsync/utils';
import { toEvent, type EventItem } from '../lib/event-view';

export function request(ctx: Context) {
  ctx.stash.allowedStatuses = ['DRAFT', 'PUBLISHED'];
  return {};
}

export function response(ctx: Context) {
  return toEvent(ctx.prev.result as EventItem);
}
