// Marks the event CANCELLED with its reason and removes its listing keys, on the loaded version only.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationCancelEventArgs } from '../__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import type { EventItem } from '../lib/event-view';
import { eventKey } from '../lib/keys';

export function request(ctx: Context<MutationCancelEventArgs>) {
  const event = ctx.stash.event as EventItem;
  const reason = ctx.args.reason.trim();
  if (reason.length < 1 || reason.length > 500) {
    util.error('reason: must be 1 to 500 characters', ErrorType.Validation, null, { field: 'reason' });
  }
  const now = util.time.nowISO8601();
  return ddb.update({
    key: eventKey(event.id),
    update: {
      status: 'CANCELLED',
      cancelledAt: now,
      cancellationReason: reason,
      updatedAt: now,
      gsi1pk: null,
      gsi1sk: null,
      version: ddb.operations.increment(1),
    },
    condition: { status: { eq: 'PUBLISHED' }, version: { eq: event.version } },
  });
}

export function response(ctx: Context<MutationCancelEventArgs>) {
  if (isConditionFailure(ctx)) {
    util.error(`Event ${ctx.args.id} changed while cancelling; reload and retry`, ErrorType.Conflict);
  }
  return resultOrError(ctx);
}
