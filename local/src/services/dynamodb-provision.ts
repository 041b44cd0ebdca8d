// Creates the Herald table (and any other) idempotently on a DynamoDB endpoint and waits until it can be used.
// Safe to run on every start: an existing table or an already-enabled TTL is accepted as is.
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';

const ACTIVE_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

export const HERALD_TTL_ATTRIBUTE = 'expiresAt';

export function heraldTableDefinition(tableName: string): CreateTableCommandInput {
  const key = (name: string) => ({ AttributeName: name, AttributeType: 'S' as const });
  const index = (name: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: `${name}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${name}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map(key),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [index('gsi1'), index('gsi2')],
  };
}

function isActive(table: TableDescription | undefined): boolean {
  if (table?.TableStatus !== 'ACTIVE') return false;
  return (table.GlobalSecondaryIndexes ?? []).every((gsi) => gsi.IndexStatus === 'ACTIVE');
}

async function waitForActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  while (true) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (isActive(Table)) return;
    if (Date.now() > deadline) {
      throw new Error(`Table ${tableName} is still ${Table?.TableStatus ?? 'unknown'} after ${ACTIVE_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Resolves to true when this call created the table (so it is empty), false when it existed already. */
export async function ensureTable(client: DynamoDBClient, definition: CreateTableCommandInput): Promise<boolean> {
  const tableName = definition.TableName;
  if (!tableName) throw new Error('ensureTable: the definition has no TableName');
  let created = true;
  try {
    await client.send(new CreateTableCommand(definition));
  } catch (err) {
    if ((err as Error).name !== 'ResourceInUseException') throw err;
    created = false;
  }
  await waitForActive(client, tableName);
  return created;
}

export async function ensureTimeToLive(client: DynamoDBClient, tableName: string, attributeName: string): Promise<void> {
  const { TimeToLiveDescription: ttl } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = ttl?.TimeToLiveStatus;
  if ((status === 'ENABLED' || status === 'ENABLING') && ttl?.AttributeName === attributeName) return;
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
      }),
    );
  } catch (err) {
    // A concurrent start may have enabled it between our Describe and Update.
    const message = (err as Error).message ?? '';
    if (!((err as Error).name === 'ValidationException' && /already enabled/i.test(message))) throw err;
  }
}

/** Resolves to true when the table was created by this call. */
export async function ensureHeraldTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const created = await ensureTable(client, heraldTableDefinition(tableName));
  await ensureTimeToLive(client, tableName, HERALD_TTL_ATTRIBUTE);
  return created;
}
