// reportAnnouncementProgress (IAM only): the fan-out Lambda records progress; the result is pushed
// to onAnnouncementProgress subscribers. Counts never go backwards, so a late report cannot undo one.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { MutationReportAnnouncementProgressArgs } from './__generated__/graphql';
import { ErrorType, isConditionFailure, resultOrError } from './lib/errors';
import { announcementKey } from './lib/keys';

export function request(ctx: Context<MutationReportAnnouncementProgressArgs>) {
  const { eventId, status, total, sent, failed } = ctx.args.input;
  if (total < 0 || sent < 0 || failed < 0 || sent + failed > total) {
    util.error('input: counts must be non-negative and sent + failed ≤ total', ErrorType.Validation, null, { field: 'input' });
  }
  return ddb.update({
    key: announcementKey(eventId),
    update: { status, total, sent, failed, updatedAt: util.time.nowISO8601() },
    condition: { pk: { attributeExists: true }, sent: { le: sent }, failed: { le: failed } },
  });
}

export function response(ctx: Context<MutationReportAnnouncementProgressArgs>) {
  if (isConditionFailure(ctx)) {
    util.error(`No announcement for event ${ctx.args.input.eventId}, or a newer report was recorded`, ErrorType.Conflict);
  }
  return resultOrError(ctx);
}
