// Tests for the local DynamoDB client factory: fails fast when the engine is down, and its direct path for
// item and query operations answers exactly what the stock SDK client answers, errors included.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from './dynamodb-client';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { freePort } from './ports';

const TABLE = 'client-test';
// Binary values and attributes named like type tags (`B`, `BS`) are where a JSON shortcut would go wrong.
const ITEM: Record<string, AttributeValue> = {
  pk: { S: 'a' },
  bytes: { B: new Uint8Array([1, 2, 250]) },
  byteSet: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
  B: { M: { BS: { S: 'not binary' } } },
  count: { N: '5' },
  nothing: { NULL: true },
  list: { L: [{ BOOL: true }, { SS: ['x', 'y'] }] },
};
const KEY = { pk: { S: 'a' } };

/** Comparable form: request ids differ per call, and byte arrays must stay byte arrays (not Buffers). */
function comparable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, inner) {
      const raw = this[key];
      if (key === 'requestId') return 'id';
      return raw instanceof Uint8Array ? `${raw.constructor.name}(${Buffer.from(raw).toString('hex')})` : inner;
    }),
  );
}

async function outcome(client: DynamoDBClient, command: unknown): Promise<unknown> {
  try {
    return { output: comparable(await client.send(command as GetItemCommand)) };
  } catch (error) {
    const failure = error as Error;
    return { error: comparable({ ...failure, class: failure.constructor.name, name: failure.name, message: failure.message }) };
  }
}

describe('createLocalDynamoDbClient', () => {
  it.each([
    ['the SDK path (ListTables)', new ListTablesCommand({})],
    ['the direct path (GetItem)', new GetItemCommand({ TableName: TABLE, Key: KEY })],
  ])('fails fast, without retries, when nothing listens on the endpoint: %s', async (_path, command) => {
    // Prepare
    const client = createLocalDynamoDbClient(`http://127.0.0.1:${await freePort()}`);
    const began = Date.now();

    // Act
    const err = (await client.send(command as ListTablesCommand).catch((e: unknown) => e)) as Error & { $metadata?: { attempts?: number } };
    client.destroy();

    // Assess
    expect(err).toBeInstanceOf(Error);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(err.$metadata?.attempts ?? 1).toBe(1);
  });

  describe('against DynamoDB Local', () => {
    let db: DynamoDbLocal;
    let stock: DynamoDBClient;
    let local: DynamoDBClient;

    beforeAll(async () => {
      db = await startDynamoDbLocal({ port: await freePort() });
      stock = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
      local = createLocalDynamoDbClient(db.endpoint);
      await stock.send(
        new CreateTableCommand({
          TableName: TABLE,
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    }, 60_000);

    afterAll(async () => {
      stock?.destroy();
      local?.destroy();
      await db?.stop();
    });

    const cases: [string, () => unknown][] = [
      ['GetItem', () => new GetItemCommand({ TableName: TABLE, Key: KEY })],
      ['GetItem of a missing item', () => new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'missing' } } })],
      ['PutItem returning the old item', () => new PutItemCommand({ TableName: TABLE, Item: ITEM, ReturnValues: 'ALL_OLD' })],
      ['UpdateItem', () => new UpdateItemCommand({ TableName: TABLE, Key: KEY, UpdateExpression: 'SET #c = #c + :one', ExpressionAttributeNames: { '#c': 'count' }, ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'ALL_NEW' })],
      ['DeleteItem', () => new DeleteItemCommand({ TableName: TABLE, Key: KEY, ReturnValues: 'ALL_OLD', ReturnConsumedCapacity: 'TOTAL' })],
      ['Query', () => new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'a' } }, Limit: 1 })],
      ['Scan', () => new ScanCommand({ TableName: TABLE, ReturnConsumedCapacity: 'TOTAL' })],
      ['BatchGetItem', () => new BatchGetItemCommand({ RequestItems: { [TABLE]: { Keys: [KEY, { pk: { S: 'missing' } }] } } })],
      ['BatchWriteItem', () => new BatchWriteItemCommand({ RequestItems: { [TABLE]: [{ PutRequest: { Item: { ...ITEM, pk: { S: 'b' } } } }] } })],
      ['TransactGetItems', () => new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: TABLE, Key: KEY } }] })],
      ['TransactWriteItems', () => new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: TABLE, Item: { ...ITEM, pk: { S: 'c' } } } }] })],
      ['a failed condition carrying the item', () => new PutItemCommand({ TableName: TABLE, Item: KEY, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })],
      ['a cancelled transaction', () => new TransactWriteItemsCommand({ TransactItems: [{ ConditionCheck: { TableName: TABLE, Key: KEY, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } }, { Put: { TableName: TABLE, Item: { pk: { S: 'd' } } } }] })],
      ['a missing table', () => new GetItemCommand({ TableName: 'no-such-table', Key: KEY })],
      ['an invalid key (unmodeled ValidationException)', () => new GetItemCommand({ TableName: TABLE, Key: { wrong: { S: 'a' } } })],
    ];

    it.each(cases)('answers %s exactly as the stock SDK client does', async (_name, command) => {
      // Prepare: the same starting item for each client
      await stock.send(new PutItemCommand({ TableName: TABLE, Item: ITEM }));
      const expected = await outcome(stock, command());
      await stock.send(new PutItemCommand({ TableName: TABLE, Item: ITEM }));

      // Act
      const actual = await outcome(local, command());

      // Assess
      expect(actual).toEqual(expected);
    });
  });
});
