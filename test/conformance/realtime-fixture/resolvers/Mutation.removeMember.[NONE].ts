// Ends the member's subscriptions on `field` (default onGroupTicket) of every listed group.
import { extensions, type Context } from '@aws-appsync/utils';

export function request() {
  return { payload: true };
}

export function response(ctx: Context<{ member: string; groups: string[]; field: string }>) {
  for (const group of ctx.args.groups) {
    extensions.invalidateSubscriptions({ subscriptionField: ctx.args.field, payload: { member: ctx.args.member, group } });
  }
  return ctx.result;
}
