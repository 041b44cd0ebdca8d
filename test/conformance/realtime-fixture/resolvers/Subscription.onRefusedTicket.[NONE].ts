// Refuses every subscriber in the subscription resolver.
import { util } from '@aws-appsync/utils';

export function request() {
  return { payload: null };
}

export function response() {
  return util.error('Subscriptions are paused', 'SubscriptionsPaused');
}
