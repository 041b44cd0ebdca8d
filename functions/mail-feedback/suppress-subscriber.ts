// Stops announcements to one address after a hard bounce or complaint: the same change as unsubscribing
// (status UNSUBSCRIBED, out of GSI1, which announce pages), plus why and which SES feedback it was.
// Idempotent, and never undoes a subscription made after the reported mail was sent.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { subscriberKey } from '../lib/keys';
import type { FeedbackReason } from './feedback-event';

export type SuppressOutcome = 'suppressed' | 'already-unsubscribed' | 'not-a-subscriber' | 'changed-since';

export interface Suppression {
  email: string;
  reason: FeedbackReason;
  feedbackId: string;
  /** When SES accepted the mail the feedback is about (ISO 8601, UTC). */
  sentAt: string;
}

export async function suppressSubscriber(deps: { db: DynamoDBDocumentClient; table: string; now: () => Date }, suppression: Suppression): Promise<SuppressOutcome> {
  const now = deps.now().toISOString();
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.table,
        Key: subscriberKey(suppression.email),
        UpdateExpression:
          'SET #status = :unsubscribed, unsubscribedAt = :now, updatedAt = :now, unsubscribeReason = :reason, sesFeedbackId = :feedbackId REMOVE gsi1pk, gsi1sk',
        // A redelivered or late notification must not opt out someone who signed up (again) after that mail.
        ConditionExpression: 'attribute_exists(pk) AND #status <> :unsubscribed AND (attribute_not_exists(updatedAt) OR updatedAt <= :sentAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':unsubscribed': 'UNSUBSCRIBED',
          ':now': now,
          ':reason': suppression.reason,
          ':feedbackId': suppression.feedbackId,
          ':sentAt': suppression.sentAt,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return 'suppressed';
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException')) throw error;
    const item = (error as ConditionalCheckFailedException).Item;
    if (!item) return 'not-a-subscriber';
    return item.status?.S === 'UNSUBSCRIBED' ? 'already-unsubscribed' : 'changed-since';
  }
}
