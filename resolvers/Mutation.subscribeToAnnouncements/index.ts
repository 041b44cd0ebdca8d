// subscribeToAnnouncements pipeline (double opt-in): 1 reads the address, 2 stores it PENDING with a
// fresh single-use confirmation token, 3 mails the link. The answer never reveals whether the address
// was known.
import type { Context } from '@aws-appsync/utils';
import type { MutationSubscribeToAnnouncementsArgs } from '../__generated__/graphql';
import { validTopics } from '../lib/subscriber-view';

export function request(ctx: Context<MutationSubscribeToAnnouncementsArgs>) {
  ctx.stash.email = ctx.args.email.trim().toLowerCase();
  ctx.stash.topics = validTopics(ctx.args.topics);
  return {};
}

export function response() {
  return { accepted: true, message: 'If this address can receive announcements, a confirmation link is on its way.' };
}
