// Has `image-check` verify the uploaded object; a non-conforming upload is deleted and refused.
import type { Context } from '@aws-appsync/utils';
import type { MutationSetEventImageArgs } from '../__generated__/graphql';
import { invoke, lambdaResult } from '../lib/lambda';

export function request(ctx: Context<MutationSetEventImageArgs>) {
  return invoke({ eventId: ctx.args.eventId, key: ctx.args.key });
}

export function response(ctx: Context<MutationSetEventImageArgs>) {
  return lambdaResult(ctx);
}
