// Fixture pipeline before/after step.
import { util } from '@aws-appsync/utils';

export function request() {
  return { createdAt: util.time.nowISO8601() };
}

export function response(ctx: { prev: { result: unknown } }) {
  return ctx.prev.result;
}
