// Pipeline step shared by confirmSubscription and unsubscribe: loads a mailed token and accepts it
// only for the purpose the before-handler put in stash.tokenPurpose, and only before it expires.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { ErrorType, resultOrError } from './errors';
import { tokenKey } from './keys';

export interface TokenItem {
  purpose: string;
  email: string;
  topics?: string[];
  expiresAt?: number | null;
}

function rejectToken(): void {
  util.error('This link is invalid, expired or was already used', ErrorType.InvalidToken);
}

export function request(ctx: Context) {
  const token = ctx.args.token as string;
  if (token.length < 10 || token.length > 100) {
    rejectToken();
  }
  return ddb.get({ key: tokenKey(token), consistentRead: true });
}

export function response(ctx: Context) {
  const item = resultOrError<TokenItem | null>(ctx);
  // TTL deletion is lazy (and never happens locally), so expiry is checked on read.
  if (!item || item.purpose !== ctx.stash.tokenPurpose || (item.expiresAt && item.expiresAt < util.time.nowEpochSeconds())) {
    rejectToken();
  }
  ctx.stash.token = item;
  return item;
}
