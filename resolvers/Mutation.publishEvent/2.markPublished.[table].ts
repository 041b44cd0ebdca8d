// Marks the draft PUBLISHED with its listing keys and creates its Announcement, atomically. The
// version condition turns a concurrent edit or a double publish into a ConflictError, so an event is
// announced at most once.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationPublishEventArgs } from '../__generated__/graphql';
import { ErrorType, failedConditions, resultOrError } from '../lib/errors';
import type { EventItem } from '../lib/event-view';
import { announcementKey, eventKey, listingKeys } from '../lib/keys';
import { tableName } from '../lib/table';

export function request(ctx: Context<MutationPublishEventArgs>) {
  const event = ctx.stash.event as EventItem;
  const now = util.time.nowISO8601();
  const changes = { status: 'PUBLISHED', publishedAt: now, updatedAt: now, ...listingKeys(event.startsAt, event.id) };
  ctx.stash.published = { ...event, ...changes, version: event.version + 1 };
  return ddb.transactWrite({
    items: [
      {
        updateItem: {
          table: tableName(ctx),
          key: eventKey(event.id),
          update: { ...changes, version: ddb.operations.increment(1) },
          condition: { status: { eq: 'DRAFT' }, version: { eq: event.version } },
        },
      },
      {
        putItem: {
          table: tableName(ctx),
          key: announcementKey(event.id),
          item: { eventId: event.id, status: 'QUEUED', total: 0, sent: 0, failed: 0, createdAt: now, updatedAt: now },
          condition: { pk: { attributeExists: false } },
        },
      },
    ],
  });
}

export function response(ctx: Context<MutationPublishEventArgs>) {
  if (failedConditions(ctx)) {
    util.error(`Event ${ctx.args.id} changed while publishing; reload and retry`, ErrorType.Conflict);
  }
  resultOrError(ctx);
  return ctx.stash.published;
}
