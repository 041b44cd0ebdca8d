// Asks `upload-url` for the presigned POST; its refusals (type or size out of policy) become errors.
import type { Context } from '@aws-appsync/utils';
import type { MutationCreateEventImageUploadArgs } from '../__generated__/graphql';
import { invoke, lambdaResult } from '../lib/lambda';

export function request(ctx: Context<MutationCreateEventImageUploadArgs>) {
  return invoke({ eventId: ctx.args.eventId, contentType: ctx.args.contentType, contentLength: ctx.args.contentLength });
}

export function response(ctx: Context<MutationCreateEventImageUploadArgs>) {
  return lambdaResult(ctx);
}
