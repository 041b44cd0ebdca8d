// publishEvent pipeline: 1 loads the draft and checks who may publish it, 2 flips DRAFT → PUBLISHED
// and creates the Announcement in one transaction, 3 starts the email fan-out. Its result is what
// onEventPublished pushes.
import type { Context } from '@aws-appsync/utils';
import { toEvent, type EventItem } from '../lib/event-view';

export function request(ctx: Context) {
  ctx.stash.allowedStatuses = ['DRAFT'];
  return {};
}

export function response(ctx: Context) {
  return toEvent(ctx.prev.result as EventItem);
}
