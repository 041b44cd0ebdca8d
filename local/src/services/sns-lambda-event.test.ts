// Tests for the SNS → Lambda event of one published message.
import { describe, expect, it } from 'vitest';
import { snsLambdaEvent } from './sns-lambda-event';

describe('snsLambdaEvent', () => {
  it('wraps the message in one aws:sns record of the topic and subscription', () => {
    // Prepare
    const topicArn = 'arn:aws:sns:eu-west-1:000000000000:feedback';
    const subscriptionArn = `${topicArn}:sub-1`;

    // Act
    const event = snsLambdaEvent({ topicArn, subscriptionArn, message: '{"eventType":"Bounce"}', subject: 'Amazon SES Email Event Notification', at: new Date('2026-03-01T09:00:01.5Z') });

    // Assess
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]).toMatchObject({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: subscriptionArn,
      Sns: {
        Type: 'Notification',
        TopicArn: topicArn,
        Subject: 'Amazon SES Email Event Notification',
        Message: '{"eventType":"Bounce"}',
        Timestamp: '2026-03-01T09:00:01.500Z',
        SigningCertUrl: expect.stringMatching(/^https:\/\/sns\.eu-west-1\.amazonaws\.com\//),
        UnsubscribeUrl: `https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscriptionArn}`,
        MessageAttributes: {},
      },
    });
    expect(event.Records[0].Sns.MessageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a null Subject when the publisher gave none', () => {
    // Act
    const event = snsLambdaEvent({ topicArn: 'arn:aws:sns:us-east-1:000000000000:t', subscriptionArn: 'arn:aws:sns:us-east-1:000000000000:t:s', message: 'm' });

    // Assess
    expect(event.Records[0].Sns.Subject).toBeNull();
  });
});
