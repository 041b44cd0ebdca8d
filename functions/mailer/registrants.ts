// Who to notify about an event: every registration (`pk EVENT#<id>`, `sk REG#<userSub>`) that still holds a
// seat or a waitlist place, by user id (the addresses live in the user pool).
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { eventKey } from '../lib/keys';

export async function registrantIds(db: DynamoDBDocumentClient, table: string, eventId: string): Promise<string[]> {
  const ids = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
        FilterExpression: '#status IN (:confirmed, :waitlisted)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':reg': 'REG#', ':confirmed': 'CONFIRMED', ':waitlisted': 'WAITLISTED' },
        ProjectionExpression: 'userId',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      if (typeof item.userId === 'string') ids.add(item.userId);
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return [...ids];
}
