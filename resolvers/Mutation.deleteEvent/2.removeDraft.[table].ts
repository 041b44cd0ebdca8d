// Deletes the loaded draft, only if it is still that draft at that version.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationDeleteEventArgs } from '../__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import type { EventItem } from '../lib/event-view';
import { eventKey } from '../lib/keys';

export function request(ctx: Context<MutationDeleteEventArgs>) {
  const event = ctx.stash.event as EventItem;
  return ddb.remove({ key: eventKey(event.id), condition: { status: { eq: 'DRAFT' }, version: { eq: event.version } } });
}

export function response(ctx: Context<MutationDeleteEventArgs>) {
  if (isConditionFailure(ctx)) {
    util.error(`Event ${ctx.args.id} changed while deleting; reload and retry`, ErrorType.Conflict);
  }
  // A concurrent delete got there first: AppSync reports that as success with no item (see
  // appsync-spec.md §5), and the draft loaded in step 1 is what is gone.
  return resultOrError<EventItem | null>(ctx) ?? ctx.stash.event;
}
