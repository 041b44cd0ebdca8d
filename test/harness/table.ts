// Direct access to the test stack's DynamoDB table, for assertions the API cannot express (and for
// reading what a mail would carry). Test-only: Scans are fine here, never on a request path.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_NAME } from '../../local/src/herald/herald-stack';
import type { TestStack } from './local-stack';

export function tableClient(stack: TestStack) {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: stack.dynamodbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );

  async function scan(filter: string, values: Record<string, unknown>): Promise<Record<string, any>[]> {
    const items: Record<string, any>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: TABLE_NAME, FilterExpression: filter, ExpressionAttributeValues: values, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  return {
    scan,
    /** The newest mailed token of an address for a purpose (what the latest mail would link to). */
    async latestToken(email: string, purpose: 'CONFIRM' | 'UNSUBSCRIBE'): Promise<string> {
      const tokens = await scan('purpose = :purpose AND email = :email', { ':purpose': purpose, ':email': email });
      tokens.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
      return String(tokens.at(-1)?.pk ?? '').replace(/^TOKEN#/, '');
    },
    destroy: () => client.destroy(),
  };
}
