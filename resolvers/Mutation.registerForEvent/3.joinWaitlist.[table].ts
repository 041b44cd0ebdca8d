// Joins the waitlist when no seat was taken: waitlistCount + 1 and a WAITLISTED row whose GSI1 key
// orders the waitlist by arrival, atomically.
import { runtime, util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationRegisterForEventArgs } from '../__generated__/graphql';
import { ErrorType, failedConditions, resultOrError } from '../lib/errors';
import { availabilityOf, type EventItem } from '../lib/event-view';
import { attendeeKeys, waitlistKeys } from '../lib/keys';
import { withAvailability, type RegistrationItem } from '../lib/registration-view';
import { registrationTransaction } from '../lib/registration-write';
import { tableName } from '../lib/table';

export function request(ctx: Context<MutationRegisterForEventArgs>) {
  if (ctx.prev.result) {
    runtime.earlyReturn(ctx.prev.result);
  }
  const event = ctx.stash.event as EventItem;
  const existing = ctx.stash.registration as RegistrationItem | null;
  const userId = ctx.stash.userId as string;
  const now = util.time.nowISO8601();
  const registration: RegistrationItem = {
    eventId: event.id,
    userId,
    status: 'WAITLISTED',
    registeredAt: existing ? existing.registeredAt : now,
    updatedAt: now,
    waitlistedAt: now,
    startsAt: event.startsAt,
    ...attendeeKeys(userId, event.startsAt, event.id),
    ...waitlistKeys(event.id, now, userId),
  };
  const availability = availabilityOf(event);
  ctx.stash.waitlisted = withAvailability(registration, { ...availability, waitlistCount: availability.waitlistCount + 1 });
  return registrationTransaction(tableName(ctx), registration, { waitlistCount: ddb.operations.increment(1) }, { status: { eq: 'PUBLISHED' } });
}

export function response(ctx: Context<MutationRegisterForEventArgs>) {
  const failed = failedConditions(ctx);
  if (failed && failed[1]) {
    util.error(`You registered for event ${ctx.args.eventId} in another request just now`, ErrorType.Conflict);
  }
  if (failed && failed[0]) {
    util.error(`Event ${ctx.args.eventId} is no longer open for registration`, ErrorType.Conflict);
  }
  resultOrError(ctx);
  return ctx.stash.waitlisted;
}
