// Hands the published event to the `announce` Lambda (asynchronous: publishing never waits for mail).
// A failed hand-off is reported next to the published event, not as a failure of publishing.
import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';
import type { EventItem } from '../lib/event-view';
import { invokeAsync } from '../lib/lambda';

export function request(ctx: Context) {
  return invokeAsync({ eventId: (ctx.prev.result as EventItem).id });
}

export function response(ctx: Context) {
  if (ctx.error) {
    util.appendError(`The announcement could not be started: ${ctx.error.message}`, ctx.error.type);
  }
  return ctx.stash.published;
}
