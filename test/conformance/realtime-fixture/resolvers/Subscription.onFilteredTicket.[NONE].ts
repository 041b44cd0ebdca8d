// Sets the subscriber's enhanced filter: `raw` as given, or `filter` through toSubscriptionFilter.
import { extensions, util, type Context } from '@aws-appsync/utils';

type Args = { filter?: Record<string, unknown> | null; raw?: unknown; invalidation?: unknown };

export function request() {
  return { payload: null };
}

export function response(ctx: Context<Args>) {
  if (ctx.args.raw) {
    extensions.setSubscriptionFilter(ctx.args.raw as never);
  } else if (ctx.args.filter) {
    extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(ctx.args.filter));
  }
  if (ctx.args.invalidation) {
    extensions.setSubscriptionInvalidationFilter(ctx.args.invalidation as never);
  }
  return null;
}
