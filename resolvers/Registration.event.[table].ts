// Registration.event: the registered event, read by key (drafts stay hidden as in getEvent).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { resultOrError } from './lib/errors';
import { toEvent, type EventItem } from './lib/event-view';
import { canManage } from './lib/identity';
import { eventKey } from './lib/keys';
import type { RegistrationItem } from './lib/registration-view';

export function request(ctx: Context) {
  return ddb.get({ key: eventKey((ctx.source as RegistrationItem).eventId) });
}

export function response(ctx: Context) {
  const item = resultOrError<EventItem | null>(ctx);
  if (!item || (item.status === 'DRAFT' && !canManage(ctx, item.organizerId))) {
    return null;
  }
  return toEvent(item);
}
