// Confirms the PENDING address: adds it to the confirmed-subscriber index (GSI1), deletes the
// confirmation token and stores the unsubscribe token, all in one transaction.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { ErrorType, failedConditions, resultOrError } from '../lib/errors';
import { confirmedSubscriberKeys, subscriberKey, tokenKey } from '../lib/keys';
import type { TokenItem } from '../lib/mailed-token';
import { toSubscriber } from '../lib/subscriber-view';
import { tableName } from '../lib/table';

export function request(ctx: Context) {
  const token = ctx.stash.token as TokenItem;
  const now = util.time.nowISO8601();
  const unsubscribeToken = `${util.autoId()}${util.autoId()}`.split('-').join('');
  const table = tableName(ctx);
  return ddb.transactWrite({
    items: [
      {
        updateItem: {
          table,
          key: subscriberKey(token.email),
          update: { status: 'CONFIRMED', confirmedAt: now, updatedAt: now, unsubscribeToken, ...confirmedSubscriberKeys(now, token.email) },
          condition: { status: { eq: 'PENDING' } },
        },
      },
      { deleteItem: { table, key: tokenKey(ctx.args.token as string), condition: { purpose: { eq: 'CONFIRM' } } } },
      { putItem: { table, key: tokenKey(unsubscribeToken), item: { purpose: 'UNSUBSCRIBE', email: token.email, createdAt: now } } },
    ],
  });
}

export function response(ctx: Context) {
  if (failedConditions(ctx)) {
    util.error('This link is invalid, expired or was already used', ErrorType.InvalidToken);
  }
  resultOrError(ctx);
  const token = ctx.stash.token as TokenItem;
  return toSubscriber({ email: token.email, topics: token.topics, status: 'CONFIRMED' });
}
