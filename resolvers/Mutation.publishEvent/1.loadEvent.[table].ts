// Loads the event to publish; only its organizer or an admin may go on, and only from DRAFT.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationPublishEventArgs } from '../__generated__/graphql';
import { ErrorType, resultOrError } from '../lib/errors';
import { canManage } from '../lib/identity';
import { eventKey } from '../lib/keys';

export function request(ctx: Context<MutationPublishEventArgs>) {
  return ddb.get({ key: eventKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationPublishEventArgs>) {
  const item = resultOrError<{ status: string; organizerId: string } | null>(ctx);
  if (!item || !canManage(ctx, item.organizerId)) {
    // Same answer for "absent" and "not yours": ids of other organizers' drafts are not revealed.
    util.error(`Event ${ctx.args.id} not found`, ErrorType.NotFound);
  }
  if (item && item.status !== 'DRAFT') {
    util.error(`Event ${ctx.args.id} is ${item.status}; only drafts can be published`, ErrorType.Conflict);
  }
  return item;
}
