// setEventImage pipeline: 1 checks the caller owns the event, 2 has `image-check` verify the uploaded
// object (inside events/<eventId>/, an allowed type, 1 B–10 MB; deleted otherwise), 3 attaches it.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import type { MutationSetEventImageArgs } from '../__generated__/graphql';
import { ErrorType } from '../lib/errors';
import { toEvent, type EventItem } from '../lib/event-view';

export function request(ctx: Context<MutationSetEventImageArgs>) {
  const alt = ctx.args.alt.trim();
  if (alt.length < 1 || alt.length > 300) {
    util.error('alt: must be 1 to 300 characters', ErrorType.Validation, null, { field: 'alt' });
  }
  ctx.stash.alt = alt;
  ctx.stash.allowedStatuses = ['DRAFT', 'PUBLISHED'];
  return {};
}

export function response(ctx: Context<MutationSetEventImageArgs>) {
  return toEvent(ctx.prev.result as EventItem);
}
