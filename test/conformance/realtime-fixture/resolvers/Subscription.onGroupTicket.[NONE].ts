// Tickets of one group; removeMember(member, groups) ends the subscription for that member.
import { extensions, util, type Context } from '@aws-appsync/utils';

export function request() {
  return { payload: null };
}

export function response(ctx: Context<{ group: string; member: string }>) {
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group } }));
  extensions.setSubscriptionInvalidationFilter(
    util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group }, member: { eq: ctx.args.member } }),
  );
  return null;
}
