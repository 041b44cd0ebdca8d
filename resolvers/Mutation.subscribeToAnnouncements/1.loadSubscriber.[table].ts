// Reads the address's current subscriber item, if any.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { resultOrError } from '../lib/errors';
import { subscriberKey } from '../lib/keys';

export function request(ctx: Context) {
  return ddb.get({ key: subscriberKey(ctx.stash.email as string), consistentRead: true });
}

export function response(ctx: Context) {
  ctx.stash.subscriber = resultOrError(ctx);
  return null;
}
