// myRegistration: the caller's registration for one event (a single GetItem), or null.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryMyRegistrationArgs } from './__generated__/graphql';
import { resultOrError } from './lib/errors';
import { callerSub } from './lib/identity';
import { registrationKey } from './lib/keys';
import type { RegistrationItem } from './lib/registration-view';

export function request(ctx: Context<QueryMyRegistrationArgs>) {
  return ddb.get({ key: registrationKey(ctx.args.eventId, callerSub(ctx) as string) });
}

export function response(ctx: Context<QueryMyRegistrationArgs>) {
  return resultOrError<RegistrationItem | null>(ctx);
}
