// Reads the event's Announcement item.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryAnnouncementArgs } from '../__generated__/graphql';
import { resultOrError } from '../lib/errors';
import { announcementKey } from '../lib/keys';

export function request(ctx: Context<QueryAnnouncementArgs>) {
  return ddb.get({ key: announcementKey(ctx.args.eventId) });
}

export function response(ctx: Context<QueryAnnouncementArgs>) {
  return resultOrError(ctx);
}
