// When a confirmed seat is given up, finds the earliest waitlisted registration (GSI1, arrival order).
import { runtime, util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationCancelRegistrationArgs } from '../__generated__/graphql';
import { ErrorType, resultOrError } from '../lib/errors';
import type { RegistrationItem } from '../lib/registration-view';

export function request(ctx: Context<MutationCancelRegistrationArgs>) {
  const registration = ctx.stash.registration as RegistrationItem | null;
  if (!registration || registration.status === 'CANCELLED') {
    util.error(`You are not registered for event ${ctx.args.eventId}`, ErrorType.NotFound);
  }
  ctx.stash.promotee = null;
  if (registration && registration.status !== 'CONFIRMED') {
    runtime.earlyReturn(null);
  }
  return ddb.query({ index: 'gsi1', query: { gsi1pk: { eq: `WAIT#${ctx.args.eventId}` } }, limit: 1, scanIndexForward: true });
}

export function response(ctx: Context<MutationCancelRegistrationArgs>) {
  const page = resultOrError<{ items: RegistrationItem[] }>(ctx);
  ctx.stash.promotee = page.items.length ? page.items[0] : null;
  return null;
}
