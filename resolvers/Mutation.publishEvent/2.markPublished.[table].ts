// Marks the loaded draft PUBLISHED and gives it GSI1 listing keys. The version condition turns a
// concurrent edit or double publish into a ConflictError instead of a lost update.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationPublishEventArgs } from '../__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import { eventKey, monthOf, publishedBucket, publishedSortKey } from '../lib/keys';

interface LoadedEvent {
  id: string;
  startsAt: string;
  version: number;
}

export function request(ctx: Context<MutationPublishEventArgs>) {
  const event = ctx.prev.result as LoadedEvent;
  return ddb.update({
    key: eventKey(event.id),
    update: {
      status: 'PUBLISHED',
      publishedAt: util.time.nowISO8601(),
      gsi1pk: publishedBucket(monthOf(event.startsAt)),
      gsi1sk: publishedSortKey(event.startsAt, event.id),
      version: ddb.operations.increment(1),
    },
    condition: { status: { eq: 'DRAFT' }, version: { eq: event.version } },
  });
}

export function response(ctx: Context<MutationPublishEventArgs>) {
  if (isConditionFailure(ctx)) {
    util.error(`Event ${ctx.args.id} changed while publishing; reload and retry`, ErrorType.Conflict);
  }
  return resultOrError(ctx);
}
