// A DynamoDB client for the local stand-in: loopback endpoint, dummy credentials, short timeouts and no retries,
// so a stand-in that is down fails fast instead of hanging a test or the supervisor.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export function createLocalDynamoDbClient(endpoint: string, region = 'us-east-1'): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 10_000 },
  });
}
