// Tests for table provisioning against a real DynamoDB Local, plus the transaction behaviour the API relies on.
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from './dynamodb-client';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { ensureHeraldTable, ensureTable, heraldTableDefinition } from './dynamodb-provision';
import { freePort } from './ports';

let db: DynamoDbLocal;
let client: DynamoDBClient;
const TABLE = 'herald-test';

beforeAll(async () => {
  db = await startDynamoDbLocal({ port: await freePort() });
  client = createLocalDynamoDbClient(db.endpoint);
});

afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

describe('heraldTableDefinition', () => {
  it('describes pk/sk with gsi1 and gsi2, on demand, projecting all attributes', () => {
    // Prepare
    const name = 'herald-dev';

    // Act
    const def = heraldTableDefinition(name);

    // Assess
    expect(def.TableName).toBe(name);
    expect(def.BillingMode).toBe('PAY_PER_REQUEST');
    expect(def.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(def.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.KeySchema?.map((k) => k.AttributeName), g.Projection?.ProjectionType])).toEqual([
      ['gsi1', ['gsi1pk', 'gsi1sk'], 'ALL'],
      ['gsi2', ['gsi2pk', 'gsi2sk'], 'ALL'],
    ]);
    expect(def.AttributeDefinitions?.every((a) => a.AttributeType === 'S')).toBe(true);
  });
});

describe('ensureTable / ensureHeraldTable', () => {
  it('is idempotent and leaves an ACTIVE table with both indexes and TTL on expiresAt', async () => {
    // Prepare
    const createdFirst = await ensureHeraldTable(client, TABLE);

    // Act
    const createdAgain = await ensureHeraldTable(client, TABLE);
    await ensureTable(client, heraldTableDefinition(TABLE));
    const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
    const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: TABLE }));

    // Assess
    expect([createdFirst, createdAgain]).toEqual([true, false]);
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.IndexStatus]).sort()).toEqual([
      ['gsi1', 'ACTIVE'],
      ['gsi2', 'ACTIVE'],
    ]);
    expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });

  it('cancels a whole TransactWriteItems when one condition fails, writing nothing', async () => {
    // Prepare
    await ensureHeraldTable(client, TABLE);
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: 'EVENT#1' }, sk: { S: 'META' }, seats: { N: '0' } } }));

    // Act
    const err = (await client
      .send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Update: {
                TableName: TABLE,
                Key: { pk: { S: 'EVENT#1' }, sk: { S: 'META' } },
                UpdateExpression: 'ADD seats :one',
                ExpressionAttributeValues: { ':one': { N: '1' } },
              },
            },
            {
              // This condition fails, so the counter increment above must not be applied either.
              Put: {
                TableName: TABLE,
                Item: { pk: { S: 'EVENT#1' }, sk: { S: 'REG#a' } },
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
          ],
        }),
      )
      .catch((e: unknown) => e)) as Error & { CancellationReasons?: { Code?: string }[] };
    const meta = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'EVENT#1' }, sk: { S: 'META' } } }));
    const reg = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'EVENT#1' }, sk: { S: 'REG#a' } } }));

    // Assess
    expect(err.name).toBe('TransactionCanceledException');
    expect(err.CancellationReasons?.map((r) => r.Code)).toEqual(['None', 'ConditionalCheckFailed']);
    expect(meta.Item?.seats).toEqual({ N: '0' });
    expect(reg.Item).toBeUndefined();
  });
});
