// Opts an address out of announcements by its mailed UNSUBSCRIBE token (`pk TOKEN#<token>`, written by
// confirmSubscription): status UNSUBSCRIBED, out of GSI1 at once. Idempotent; the token stays valid.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { subscriberKey, tokenKey } from '../lib/keys';

export type UnsubscribeOutcome = { status: 'unsubscribed' | 'already-unsubscribed'; email: string } | { status: 'unknown-token' };

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{10,100}$/;

export async function findUnsubscribeEmail(db: DynamoDBDocumentClient, table: string, token: string): Promise<string | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const { Item } = await db.send(new GetCommand({ TableName: table, Key: tokenKey(token), ConsistentRead: true }));
  return Item?.purpose === 'UNSUBSCRIBE' && typeof Item.email === 'string' ? Item.email : undefined;
}

export async function unsubscribeByToken(deps: { db: DynamoDBDocumentClient; table: string; now: () => Date }, token: string): Promise<UnsubscribeOutcome> {
  const email = await findUnsubscribeEmail(deps.db, deps.table, token);
  if (!email) return { status: 'unknown-token' };
  const now = deps.now().toISOString();
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.table,
        Key: subscriberKey(email),
        UpdateExpression: 'SET #status = :unsubscribed, unsubscribedAt = :now, updatedAt = :now REMOVE gsi1pk, gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND #status <> :unsubscribed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':unsubscribed': 'UNSUBSCRIBED', ':now': now },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return { status: 'unsubscribed', email };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException')) throw error;
    // No subscriber item at all: the token outlived it; nothing to opt out.
    return (error as ConditionalCheckFailedException).Item ? { status: 'already-unsubscribed', email } : { status: 'unknown-token' };
  }
}
