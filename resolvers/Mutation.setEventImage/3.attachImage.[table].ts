// Attaches the verified image to the event (on the loaded version), with its public URL from the API
// environment variable IMAGE_BASE_URL (CDN on AWS, the S3 stand-in locally).
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationSetEventImageArgs } from '../__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import type { EventItem } from '../lib/event-view';
import { eventKey } from '../lib/keys';

export function request(ctx: Context<MutationSetEventImageArgs>) {
  const event = ctx.stash.event as EventItem;
  const base = ctx.env.IMAGE_BASE_URL;
  if (!base) {
    util.error('The API environment variable IMAGE_BASE_URL is not set', 'MisconfiguredApi');
  }
  const key = ctx.args.key;
  return ddb.update({
    key: eventKey(event.id),
    update: {
      image: ddb.operations.replace({ key, url: `${base}/${key}`, alt: ctx.stash.alt }),
      updatedAt: util.time.nowISO8601(),
      version: ddb.operations.increment(1),
    },
    condition: { version: { eq: event.version } },
  });
}

export function response(ctx: Context<MutationSetEventImageArgs>) {
  if (isConditionFailure(ctx)) {
    util.error(`Event ${ctx.args.eventId} changed meanwhile; reload and retry`, ErrorType.Conflict);
  }
  return resultOrError(ctx);
}
