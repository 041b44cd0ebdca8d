// publishEvent pipeline: 1 loads the event and checks who may publish it, 2 flips DRAFT → PUBLISHED
// under a version condition. Its result is what onEventPublished subscribers receive.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
