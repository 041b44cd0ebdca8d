// Pipeline step shared by registerForEvent and cancelRegistration: reads the event and the caller's
// registration in one consistent TransactGetItems, into stash.event and stash.registration.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { ErrorType, resultOrError } from './errors';
import type { EventItem } from './event-view';
import { callerSub } from './identity';
import { eventKey, registrationKey } from './keys';
import type { RegistrationItem } from './registration-view';
import { tableName } from './table';

export function request(ctx: Context) {
  const userId = callerSub(ctx);
  if (!userId) {
    util.unauthorized();
  }
  ctx.stash.userId = userId;
  const eventId = ctx.args.eventId as string;
  return ddb.transactGet({
    items: [
      { table: tableName(ctx), key: eventKey(eventId) },
      { table: tableName(ctx), key: registrationKey(eventId, userId as string) },
    ],
  });
}

export function response(ctx: Context) {
  const result = resultOrError<{ items: (Record<string, unknown> | null)[] }>(ctx);
  const event = result.items[0] as EventItem | null;
  if (!event || event.status === 'DRAFT') {
    util.error(`Event ${ctx.args.eventId} not found`, ErrorType.NotFound);
  }
  ctx.stash.event = event;
  ctx.stash.registration = result.items[1] as RegistrationItem | null;
  return null;
}
