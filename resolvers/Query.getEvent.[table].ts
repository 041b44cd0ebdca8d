// getEvent: one event by id. Drafts stay hidden from everyone but the owner and admins.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryGetEventArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { toEvent, type EventItem } from './lib/event-view';
import { canManage } from './lib/identity';
import { eventKey } from './lib/keys';

export function request(ctx: Context<QueryGetEventArgs>) {
  return ddb.get({ key: eventKey(ctx.args.id) });
}

export function response(ctx: Context<QueryGetEventArgs>) {
  const item = resultOrError<EventItem | null>(ctx);
  if (!item || (item.status === 'DRAFT' && !canManage(ctx, item.organizerId))) {
    return null;
  }
  return toEvent(item);
}
