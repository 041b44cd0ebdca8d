// Stores the address PENDING (never downgrading a CONFIRMED one) and a confirmation token valid for
// 48 hours, in one transaction. A confirmed address is left alone: nothing to do, nothing revealed.
import { runtime, util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { failedConditions, resultOrError } from '../lib/errors';
import { subscriberKey, tokenKey } from '../lib/keys';
import type { SubscriberItem } from '../lib/subscriber-view';
import { tableName } from '../lib/table';

const TOKEN_LIFETIME_SECONDS = 48 * 3600;

export function request(ctx: Context) {
  const existing = ctx.stash.subscriber as SubscriberItem | null;
  if (existing && existing.status === 'CONFIRMED') {
    runtime.earlyReturn(null);
  }
  const email = ctx.stash.email as string;
  const topics = ctx.stash.topics as string[];
  const now = util.time.nowISO8601();
  const token = `${util.autoId()}${util.autoId()}`.split('-').join('');
  ctx.stash.confirmationToken = token;
  return ddb.transactWrite({
    items: [
      {
        putItem: {
          table: tableName(ctx),
          key: subscriberKey(email),
          item: { email, topics, status: 'PENDING', createdAt: existing ? existing.createdAt : now, updatedAt: now },
          condition: { or: [{ pk: { attributeExists: false } }, { status: { ne: 'CONFIRMED' } }] },
        },
      },
      {
        putItem: {
          table: tableName(ctx),
          key: tokenKey(token),
          item: { purpose: 'CONFIRM', email, topics, createdAt: now, expiresAt: util.time.nowEpochSeconds() + TOKEN_LIFETIME_SECONDS },
        },
      },
    ],
  });
}

export function response(ctx: Context) {
  if (failedConditions(ctx)) {
    // Confirmed meanwhile by another request: same outcome as for a confirmed address.
    ctx.stash.confirmationToken = null;
    return null;
  }
  resultOrError(ctx);
  return null;
}
