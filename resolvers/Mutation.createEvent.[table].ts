// createEvent: stores a new DRAFT owned by the caller. The put is conditional so a (vanishingly
// unlikely) id collision can never overwrite another event.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationCreateEventArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { validEventFields } from './lib/event-input';
import { callerSub } from './lib/identity';
import { eventKey, organizerKeys } from './lib/keys';

export function request(ctx: Context<MutationCreateEventArgs>) {
  const fields = validEventFields(ctx.args.input);
  const organizerId = callerSub(ctx);
  if (!organizerId) {
    util.unauthorized();
  }
  const id = util.autoId();
  const createdAt = util.time.nowISO8601();
  return ddb.put<Record<string, unknown>>({
    key: eventKey(id),
    item: {
      id,
      ...fields,
      status: 'DRAFT',
      organizerId,
      createdAt,
      version: 1,
      ...organizerKeys(organizerId as string, createdAt, id),
    },
    condition: { pk: { attributeExists: false } },
  });
}

export function response(ctx: Context<MutationCreateEventArgs>) {
  return resultOrError(ctx);
}
