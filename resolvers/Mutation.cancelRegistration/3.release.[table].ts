// Cancels the caller's registration and, for a freed seat, promotes the first person waiting, all in
// one transaction whose conditions keep attendeeCount and waitlistCount exact under concurrency.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationCancelRegistrationArgs } from '../__generated__/graphql';
import { ErrorType, failedConditions, resultOrError } from '../lib/errors';
import { availabilityOf, type EventItem } from '../lib/event-view';
import { eventKey, registrationKey } from '../lib/keys';
import { withAvailability, type RegistrationItem } from '../lib/registration-view';
import { tableName } from '../lib/table';

export function request(ctx: Context<MutationCancelRegistrationArgs>) {
  const event = ctx.stash.event as EventItem;
  const registration = ctx.stash.registration as RegistrationItem;
  const promotee = ctx.stash.promotee as RegistrationItem | null;
  const table = tableName(ctx);
  const now = util.time.nowISO8601();
  const availability = availabilityOf(event);
  const items: unknown[] = [
    {
      updateItem: {
        table,
        key: registrationKey(event.id, registration.userId),
        update: { status: 'CANCELLED', updatedAt: now, gsi1pk: null, gsi1sk: null },
        condition: { status: { eq: registration.status } },
      },
    },
  ];
  let after = availability;
  if (registration.status === 'CONFIRMED' && promotee) {
    items.push({
      updateItem: {
        table,
        key: registrationKey(event.id, promotee.userId),
        update: { status: 'CONFIRMED', promotedAt: now, updatedAt: now, gsi1pk: null, gsi1sk: null },
        condition: { status: { eq: 'WAITLISTED' } },
      },
    });
    items.push({ updateItem: { table, key: eventKey(event.id), update: { waitlistCount: ddb.operations.decrement(1) }, condition: { waitlistCount: { gt: 0 } } } });
    after = { ...availability, waitlistCount: availability.waitlistCount - 1 };
  } else if (registration.status === 'CONFIRMED') {
    items.push({ updateItem: { table, key: eventKey(event.id), update: { attendeeCount: ddb.operations.decrement(1) }, condition: { attendeeCount: { gt: 0 } } } });
    after = { ...availability, attendeeCount: availability.attendeeCount - 1, seatsLeft: availability.seatsLeft == null ? null : availability.seatsLeft + 1 };
  } else {
    items.push({ updateItem: { table, key: eventKey(event.id), update: { waitlistCount: ddb.operations.decrement(1) }, condition: { waitlistCount: { gt: 0 } } } });
    after = { ...availability, waitlistCount: availability.waitlistCount - 1 };
  }
  ctx.stash.cancelled = withAvailability({ ...registration, status: 'CANCELLED', updatedAt: now, gsi1pk: null, gsi1sk: null }, after);
  ctx.stash.promoted = promotee && registration.status === 'CONFIRMED' ? promotee : null;
  return ddb.transactWrite({ items: items as never });
}

export function response(ctx: Context<MutationCancelRegistrationArgs>) {
  if (failedConditions(ctx)) {
    util.error(`Registrations of event ${ctx.args.eventId} changed meanwhile; retry`, ErrorType.Conflict);
  }
  resultOrError(ctx);
  return ctx.stash.cancelled;
}
