// Registration.availability: mutation results carry the counts of their own transaction; for
// listed registrations the event's current counts are read.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { resultOrError } from './lib/errors';
import { availabilityOf, type EventItem } from './lib/event-view';
import { eventKey } from './lib/keys';
import type { RegistrationItem } from './lib/registration-view';

export function request(ctx: Context) {
  const registration = ctx.source as RegistrationItem;
  if (registration.availability) {
    runtime.earlyReturn(registration.availability);
  }
  return ddb.get({ key: eventKey(registration.eventId), projection: ['capacity', 'attendeeCount', 'waitlistCount'] });
}

export function response(ctx: Context) {
  const item = resultOrError<EventItem | null>(ctx);
  return item ? availabilityOf(item) : { capacity: null, attendeeCount: 0, waitlistCount: 0, seatsLeft: null };
}
