// Takes a seat: attendeeCount + 1 only while below capacity, and the registration row, atomically.
// A full event (or one that filled up meanwhile) hands over to the waitlist step with a null result.
import { runtime, util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationRegisterForEventArgs } from '../__generated__/graphql';
import { ErrorType, failedConditions, resultOrError } from '../lib/errors';
import { availabilityOf, type EventItem } from '../lib/event-view';
import { attendeeKeys } from '../lib/keys';
import { withAvailability, type RegistrationItem } from '../lib/registration-view';
import { registrationTransaction } from '../lib/registration-write';
import { tableName } from '../lib/table';

export function request(ctx: Context<MutationRegisterForEventArgs>) {
  const event = ctx.stash.event as EventItem;
  const existing = ctx.stash.registration as RegistrationItem | null;
  if (existing && existing.status !== 'CANCELLED') {
    runtime.earlyReturn(withAvailability(existing, availabilityOf(event)), { skipTo: 'END' });
  }
  if (event.status !== 'PUBLISHED') {
    util.error(`Event ${event.id} is ${event.status}; registration is closed`, ErrorType.Conflict);
  }
  const availability = availabilityOf(event);
  if (availability.seatsLeft === 0) {
    runtime.earlyReturn(null);
  }
  const userId = ctx.stash.userId as string;
  const now = util.time.nowISO8601();
  const registration: RegistrationItem = {
    eventId: event.id,
    userId,
    status: 'CONFIRMED',
    registeredAt: existing ? existing.registeredAt : now,
    updatedAt: now,
    startsAt: event.startsAt,
    ...attendeeKeys(userId, event.startsAt, event.id),
  };
  ctx.stash.claimed = withAvailability(registration, { ...availability, attendeeCount: availability.attendeeCount + 1, seatsLeft: availability.seatsLeft == null ? null : availability.seatsLeft - 1 });
  const seatCondition =
    availability.capacity == null
      ? { status: { eq: 'PUBLISHED' }, capacity: { attributeExists: false } }
      : { status: { eq: 'PUBLISHED' }, capacity: { eq: availability.capacity }, attendeeCount: { lt: availability.capacity } };
  return registrationTransaction(tableName(ctx), registration, { attendeeCount: ddb.operations.increment(1) }, seatCondition);
}

export function response(ctx: Context<MutationRegisterForEventArgs>) {
  const failed = failedConditions(ctx);
  if (failed && failed[1]) {
    util.error(`You registered for event ${ctx.args.eventId} in another request just now`, ErrorType.Conflict);
  }
  if (failed && failed[0]) {
    return null;
  }
  resultOrError(ctx);
  return ctx.stash.claimed;
}
