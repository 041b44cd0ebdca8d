// Assembles what a DynamoDB data source adds to the plain one: the conditionalCheckFailedHandler on every source,
// and on a versioned one (DynamoDBConfig `versioned` + DeltaSyncConfig) versioned writes and the Sync operation.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDbHooks } from '../dynamodb';
import type { PageTokenCodec } from '../page-token';
import { createConditionFailureHandler } from './condition-failure-handler';
import { createSync } from './sync-operation';
import { createUpdatePreview } from './update-preview';
import { checkDeltaSyncConfig, type DeltaSyncConfig, type FunctionLookup, type SyncConfig } from './versioned-config';
import { createVersionedWrites } from './versioned-writes';

export interface DynamoDbHookOptions {
  client: DynamoDBClient;
  dataSourceName: string;
  tableName: string;
  region: string;
  pageTokens: PageTokenCodec;
  versioned?: boolean;
  deltaSyncConfig?: DeltaSyncConfig;
  /** Resolver SyncConfigs by `Type.field`. */
  syncConfigs?: Record<string, SyncConfig>;
  lambdaFunction?: FunctionLookup;
  now?: () => number;
}

export function createDynamoDbHooks(options: DynamoDbHookOptions): DynamoDbHooks {
  const { client, tableName, region, dataSourceName, versioned, deltaSyncConfig } = options;
  const lambdaFunction = options.lambdaFunction ?? (() => undefined);
  const onConditionFailure = createConditionFailureHandler({ client, tableName, region, lambdaFunction });
  checkDeltaSyncConfig(dataSourceName, versioned, deltaSyncConfig);
  if (!versioned || !deltaSyncConfig) return { onConditionFailure };
  const write = createVersionedWrites({
    client,
    tableName,
    dataSourceName,
    deltaSync: deltaSyncConfig,
    region,
    syncConfigs: options.syncConfigs ?? {},
    lambdaFunction,
    preview: createUpdatePreview(client, tableName),
    now: options.now,
  });
  const sync = createSync({
    client,
    tableName,
    dataSourceName,
    deltaSyncTableName: deltaSyncConfig.deltaSyncTableName,
    deltaSyncTableTTL: deltaSyncConfig.deltaSyncTableTTL,
    pageTokens: options.pageTokens,
    now: options.now,
  });
  return { onConditionFailure, operations: { PutItem: write, UpdateItem: write, DeleteItem: write, Sync: sync } };
}
