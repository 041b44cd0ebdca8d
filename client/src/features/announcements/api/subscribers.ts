// The announcement list: sign up (double opt-in), confirm with the mailed token, unsubscribe with the
// token from any announcement. Anonymous visitors call these with the API key.
import { graphql } from '../../../gql';
import type { ConfirmSubscriptionMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';

export const SubscribeToAnnouncementsDocument = graphql(`
  mutation SubscribeToAnnouncements($email: AWSEmail!, $topics: [String!]) {
    subscribeToAnnouncements(email: $email, topics: $topics) {
      accepted
      message
    }
  }
`);

export const ConfirmSubscriptionDocument = graphql(`
  mutation ConfirmSubscription($token: String!) {
    confirmSubscription(token: $token) {
      email
      topics
      status
    }
  }
`);

export const UnsubscribeDocument = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      email
      topics
      status
    }
  }
`);

export type SubscriberView = ConfirmSubscriptionMutation['confirmSubscription'];

export async function subscribeToAnnouncements(email: string, topics: string[], authMode: ClientAuthMode) {
  return (await request(SubscribeToAnnouncementsDocument, { email, topics }, authMode)).subscribeToAnnouncements;
}

export async function confirmSubscription(token: string, authMode: ClientAuthMode): Promise<SubscriberView> {
  return (await request(ConfirmSubscriptionDocument, { token }, authMode)).confirmSubscription;
}

export async function unsubscribe(token: string, authMode: ClientAuthMode): Promise<SubscriberView> {
  return (await request(UnsubscribeDocument, { token }, authMode)).unsubscribe;
}
