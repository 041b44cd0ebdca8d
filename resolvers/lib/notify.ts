// Transactional mail hand-offs to the `mailer` Lambda (asynchronous: a mutation never waits for SES).
// Recipients are Cognito subs; the mailer looks their addresses up. A failed hand-off is logged and
// reported next to the result, never failing the change that was already written.
import { util } from '@aws-appsync/utils';
import type { EventItem } from './event-view';
import { invokeAsync } from './lambda';

export function mailUsers(kind: string, userIds: string[], event: EventItem) {
  return invokeAsync({ kind, toUsers: userIds, event });
}

export function mailRegistrants(kind: string, event: EventItem) {
  return invokeAsync({ kind, event });
}

export function reportHandOff(ctx: { error?: { message: string; type: string } | null }): void {
  if (ctx.error) {
    util.appendError(`The notification mail could not be handed off: ${ctx.error.message}`, ctx.error.type);
  }
}
