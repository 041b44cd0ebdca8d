// cancelRegistration pipeline: 1 reads event + registration, 2 finds the first person waiting (when
// a seat is given up), 3 cancels and promotes in one transaction, keeping the counters exact, 4–5 mail the
// canceller and the promoted person.
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
