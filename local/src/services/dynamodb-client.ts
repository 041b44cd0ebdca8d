// A DynamoDB client for the local stand-in: loopback endpoint, dummy credentials, short timeouts and no retries,
// so a stand-in that is down fails fast instead of hanging a test or the supervisor. Item and query commands
// skip the SDK's middleware (dynamodb-client-wire): half of the server's CPU per GetItem-backed request went to
// it, SigV4 signing included, which DynamoDB Local never checks.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { createDynamoDbWire } from './dynamodb-client-wire';

const CONNECTION_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;
const ACCESS_KEY_ID = 'local';

/** The data-plane commands sent per GraphQL request; control-plane ones (tables, TTL …) keep the SDK's path. */
const DIRECT = new Map<unknown, string>([
  [GetItemCommand, 'GetItem'],
  [PutItemCommand, 'PutItem'],
  [UpdateItemCommand, 'UpdateItem'],
  [DeleteItemCommand, 'DeleteItem'],
  [QueryCommand, 'Query'],
  [ScanCommand, 'Scan'],
  [BatchGetItemCommand, 'BatchGetItem'],
  [BatchWriteItemCommand, 'BatchWriteItem'],
  [TransactGetItemsCommand, 'TransactGetItems'],
  [TransactWriteItemsCommand, 'TransactWriteItems'],
]);

export function createLocalDynamoDbClient(endpoint: string, region = 'us-east-1'): DynamoDBClient {
  const client = new DynamoDBClient({
    endpoint,
    region,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
  });
  if (new URL(endpoint).protocol !== 'http:') return client;

  const wire = createDynamoDbWire({ endpoint, region, accessKeyId: ACCESS_KEY_ID, connectionTimeoutMs: CONNECTION_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS });
  const sdkSend = client.send.bind(client);
  const sdkDestroy = client.destroy.bind(client);
  // Calls with options or a callback (abort signals …) keep the SDK's path, as does every other command.
  client.send = ((command: { input: Record<string, unknown> }, ...rest: unknown[]) => {
    const operation = rest.length === 0 ? DIRECT.get(command.constructor) : undefined;
    return operation ? wire.send(operation, command.input) : (sdkSend as (...args: unknown[]) => unknown)(command, ...rest);
  }) as DynamoDBClient['send'];
  client.destroy = () => {
    wire.destroy();
    sdkDestroy();
  };
  return client;
}
