// The delta table a versioned data source logs into, created at start when the config does not declare it:
// AppSync's required ds_pk/ds_sk keys, `_ttl` as TTL attribute, and Amplify's `deltaPartitionKeyIndex` on
// gsi_ds_pk/gsi_ds_sk, which Sync requests with deltaIndexName read.
import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, ensureTimeToLive } from '../../services/dynamodb-provision';

export const DELTA_INDEX_NAME = 'deltaPartitionKeyIndex';

export function deltaTableDefinition(tableName: string): CreateTableCommandInput {
  const keys = (hash: string, range: string) => [
    { AttributeName: hash, KeyType: 'HASH' as const },
    { AttributeName: range, KeyType: 'RANGE' as const },
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['ds_pk', 'ds_sk', 'gsi_ds_pk', 'gsi_ds_sk'].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: keys('ds_pk', 'ds_sk'),
    GlobalSecondaryIndexes: [{ IndexName: DELTA_INDEX_NAME, KeySchema: keys('gsi_ds_pk', 'gsi_ds_sk'), Projection: { ProjectionType: 'ALL' } }],
  };
}

/** Creates each named delta table unless `declared` (the config's own table definitions) has it. */
export async function ensureDeltaTables(client: DynamoDBClient, names: string[], declared: string[]): Promise<void> {
  const missing = [...new Set(names)].filter((name) => !declared.includes(name));
  await Promise.all(
    missing.map(async (name) => {
      await ensureTable(client, deltaTableDefinition(name));
      await ensureTimeToLive(client, name, '_ttl');
    }),
  );
}
