// Addresses to notify about an event: every registration (`pk EVENT#<id>`, `sk REG#<userSub>`) that still
// holds a seat or a waitlist place and carries the attendee's `email` (stored by registerForEvent).
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { eventKey } from '../lib/keys';

export async function registrantEmails(db: DynamoDBDocumentClient, table: string, eventId: string): Promise<{ emails: string[]; withoutEmail: number }> {
  const emails = new Set<string>();
  let withoutEmail = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
        FilterExpression: '#status IN (:confirmed, :waitlisted)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':reg': 'REG#', ':confirmed': 'CONFIRMED', ':waitlisted': 'WAITLISTED' },
        ProjectionExpression: 'email',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      if (typeof item.email === 'string' && item.email.includes('@')) emails.add(item.email.toLowerCase());
      else withoutEmail++;
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return { emails: [...emails], withoutEmail };
}
