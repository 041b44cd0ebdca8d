// createEventImageUpload pipeline: 1 checks the caller owns the (draft or published) event, 2 asks the
// `upload-url` Lambda for a presigned POST bound to events/<eventId>/, image types and 1 B–10 MB.
import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  ctx.stash.allowedStatuses = ['DRAFT', 'PUBLISHED'];
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
