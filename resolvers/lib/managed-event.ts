// Pipeline step shared by every mutation on an existing event: load it, let only its organizer or an
// admin go on, and only from the statuses the pipeline's before-handler put in stash.allowedStatuses.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { ErrorType, resultOrError } from './errors';
import type { EventItem } from './event-view';
import { canManage } from './identity';
import { eventKey } from './keys';

function eventIdOf(ctx: Context): string {
  return (ctx.args.id ? ctx.args.id : ctx.args.eventId) as string;
}

export function request(ctx: Context) {
  return ddb.get({ key: eventKey(eventIdOf(ctx)), consistentRead: true });
}

export function response(ctx: Context) {
  const item = resultOrError<EventItem | null>(ctx);
  if (!item || !canManage(ctx, item.organizerId)) {
    // Same answer for "absent" and "not yours": ids of other organizers' events are not confirmed.
    util.error(`Event ${eventIdOf(ctx)} not found`, ErrorType.NotFound);
  }
  const allowed = ctx.stash.allowedStatuses as string[] | undefined;
  if (item && allowed && allowed.indexOf(item.status) < 0) {
    util.error(`Event ${item.id} is ${item.status}; this needs ${allowed.join(' or ')}`, ErrorType.Conflict);
  }
  ctx.stash.event = item;
  return item;
}
