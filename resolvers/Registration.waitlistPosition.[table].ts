// Registration.waitlistPosition: 1 + the number of people ahead on the event's waitlist (GSI1, arrival
// order), counted up to 1,000; null unless WAITLISTED.
import { runtime } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { resultOrError } from './lib/errors';
import type { RegistrationItem } from './lib/registration-view';

const MAX_COUNTED = 1000;

export function request(ctx: Context) {
  const registration = ctx.source as RegistrationItem;
  if (registration.status !== 'WAITLISTED' || !registration.gsi1sk) {
    runtime.earlyReturn(null);
  }
  return ddb.query<{ pk: string; gsi1pk: string; gsi1sk: string }>({
    index: 'gsi1',
    query: { gsi1pk: { eq: `WAIT#${registration.eventId}` }, gsi1sk: { lt: registration.gsi1sk as string } },
    limit: MAX_COUNTED,
    projection: ['pk'],
  });
}

export function response(ctx: Context) {
  const page = resultOrError<{ items: unknown[] }>(ctx);
  return page.items.length + 1;
}
