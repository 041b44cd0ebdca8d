// The event SNS invokes a subscribed Lambda function with, for one message published to a topic
// ({ Records: [{ EventSource: 'aws:sns', Sns: { Message, MessageId, TopicArn, Timestamp, ... } }] }).
import { randomUUID } from 'node:crypto';
import type { SNSEvent } from 'aws-lambda';

export type SnsDelivery = {
  topicArn: string;
  /** The subscription's ARN (`<topic ARN>:<id>`); one per subscriber, stable across deliveries. */
  subscriptionArn: string;
  message: string;
  /** SNS sends null when the publisher gave none. */
  subject?: string | null;
  at?: Date;
};

export function snsLambdaEvent(delivery: SnsDelivery): SNSEvent {
  const region = delivery.topicArn.split(':')[3];
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: delivery.subscriptionArn,
        Sns: {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: delivery.topicArn,
          Subject: (delivery.subject ?? null) as string,
          Message: delivery.message,
          Timestamp: (delivery.at ?? new Date()).toISOString(),
          SignatureVersion: '1',
          // DIVERGENCE: nothing signs locally; a subscriber that verifies SNS signatures must skip it here.
          Signature: 'LOCAL',
          SigningCertUrl: `https://sns.${region}.amazonaws.com/SimpleNotificationService-local.pem`,
          UnsubscribeUrl: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${delivery.subscriptionArn}`,
          MessageAttributes: {},
        },
      },
    ],
  };
}
