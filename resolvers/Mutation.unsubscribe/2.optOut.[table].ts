// Marks the address UNSUBSCRIBED and takes it out of the confirmed-subscriber index (GSI1).
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { ErrorType, isConditionFailure, resultOrError } from '../lib/errors';
import { subscriberKey } from '../lib/keys';
import type { TokenItem } from '../lib/mailed-token';
import { toSubscriber, type SubscriberItem } from '../lib/subscriber-view';

export function request(ctx: Context) {
  const token = ctx.stash.token as TokenItem;
  const now = util.time.nowISO8601();
  return ddb.update({
    key: subscriberKey(token.email),
    update: { status: 'UNSUBSCRIBED', unsubscribedAt: now, updatedAt: now, gsi1pk: null, gsi1sk: null },
    condition: { pk: { attributeExists: true } },
  });
}

export function response(ctx: Context) {
  if (isConditionFailure(ctx)) {
    util.error('This link is invalid, expired or was already used', ErrorType.InvalidToken);
  }
  return toSubscriber(resultOrError<SubscriberItem>(ctx));
}
