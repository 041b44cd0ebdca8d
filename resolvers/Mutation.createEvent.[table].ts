// createEvent: stores a new DRAFT owned by the caller. The put is conditional so an id collision can
// never overwrite another event.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationCreateEventArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { validEventFields } from './lib/event-input';
import { toEvent, type EventItem } from './lib/event-view';
import { callerSub } from './lib/identity';
import { eventKey, organizerKeys } from './lib/keys';

export function request(ctx: Context<MutationCreateEventArgs>) {
  const fields = validEventFields(ctx.args.input);
  const organizerId = callerSub(ctx);
  if (!organizerId) {
    util.unauthorized();
  }
  const id = util.autoId();
  const now = util.time.nowISO8601();
  return ddb.put<Record<string, unknown>>({
    key: eventKey(id),
    item: {
      ...fields,
      id,
      status: 'DRAFT',
      organizerId,
      attendeeCount: 0,
      waitlistCount: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
      ...organizerKeys(organizerId as string, now, id),
    },
    condition: { pk: { attributeExists: false } },
  });
}

export function response(ctx: Context<MutationCreateEventArgs>) {
  return toEvent(resultOrError<EventItem>(ctx));
}
