// Applies an edit with optimistic concurrency: omitted fields stay, null clears optional ones, the
// merged event is validated as a whole, and the write only lands on the version the caller saw.
// A published event whose start moves keeps previousStartsAt so notices can say what changed.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationUpdateEventArgs } from '../__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import { validEventFields, type EventFields } from '../lib/event-input';
import type { EventItem } from '../lib/event-view';
import { eventKey, listingKeys } from '../lib/keys';

const REQUIRED = ['title', 'startsAt', 'timeZone'];

export function request(ctx: Context<MutationUpdateEventArgs>) {
  const event = ctx.stash.event as EventItem;
  const input = ctx.args.input as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...event };
  for (const name of Object.keys(input)) {
    if (input[name] === null && REQUIRED.indexOf(name) >= 0) {
      util.error(`${name}: cannot be null`, ErrorType.Validation, null, { field: name });
    }
    merged[name] = input[name];
  }
  const fields = validEventFields(merged as unknown as EventFields);
  const attendees = event.attendeeCount ? event.attendeeCount : 0;
  if (fields.capacity != null && fields.capacity < attendees) {
    util.error(`capacity: cannot be below the ${attendees} confirmed attendees`, ErrorType.Validation, null, { field: 'capacity' });
  }
  const update: Record<string, unknown> = { ...fields, updatedAt: util.time.nowISO8601(), version: ddb.operations.increment(1) };
  if (fields.venue) {
    // A plain object would become per-path updates of sub-attributes that may not exist yet.
    update.venue = ddb.operations.replace(fields.venue);
  }
  if (event.status === 'PUBLISHED' && fields.startsAt !== event.startsAt) {
    update.previousStartsAt = event.startsAt;
    const keys = listingKeys(fields.startsAt, event.id);
    update.gsi1pk = keys.gsi1pk;
    update.gsi1sk = keys.gsi1sk;
  }
  return ddb.update({
    key: eventKey(event.id),
    update,
    condition: { version: { eq: ctx.args.expectedVersion }, status: { eq: event.status } },
  });
}

export function response(ctx: Context<MutationUpdateEventArgs>) {
  if (isConditionFailure(ctx)) {
    const current = ctx.result as EventItem | null;
    util.error(
      `Event ${ctx.args.id} is at version ${current ? current.version : '?'}, not ${ctx.args.expectedVersion}; reload and retry`,
      ErrorType.Conflict,
      null,
      { currentVersion: current ? current.version : null },
    );
  }
  return resultOrError(ctx);
}
