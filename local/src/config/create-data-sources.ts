// Turns the config's data-source entries into adapters: DynamoDB on the given client (versioned or not), Lambda
// handlers loaded in-process from their module paths, NONE; and finds configured Lambdas by name or ARN.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSource } from '../datasources/data-source';
import { createDynamoDbDataSource } from '../datasources/dynamodb';
import { createLambdaDataSource, type LambdaDataSource } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { PageTokenCodec } from '../datasources/page-token';
import { createDynamoDbHooks } from '../datasources/versioned/dynamodb-hooks';
import type { FunctionLookup, SyncConfig } from '../datasources/versioned/versioned-config';
import type { DataSourceSpec } from '../../../manifest/src/types';
import type { DataSourceConfig } from './local-api-config';

export interface DataSourceDeps {
  root: string;
  /** Needed as soon as one AMAZON_DYNAMODB source is configured. */
  dynamo?: DynamoDBClient;
  pageTokens: PageTokenCodec;
  region: string;
  log: (line: string) => void;
  /** Resolver SyncConfigs by `Type.field` (versioned DynamoDB sources read them). */
  syncConfigs?: Record<string, SyncConfig>;
  /** Lambdas that DynamoDB conflict and condition-failure handlers name. */
  lambdaFunction?: FunctionLookup;
}

/** `functions/x/handler.ts#main` → module URL and export name. */
function handlerModule(root: string, reference: string): { url: string; exportName: string } {
  const [file, exportName = 'handler'] = reference.split('#');
  return { url: pathToFileURL(path.resolve(root, file)).href, exportName };
}

export function createDataSource(name: string, config: DataSourceConfig, deps: DataSourceDeps): DataSource {
  switch (config.kind) {
    case 'NONE':
      return createNoneDataSource();
    case 'AMAZON_DYNAMODB':
      if (!deps.dynamo) throw new Error(`Data source ${name}: no DynamoDB engine configured`);
      return createDynamoDbDataSource({
        client: deps.dynamo,
        tableName: config.tableName,
        tables: config.tables,
        pageTokens: deps.pageTokens,
        hooks: createDynamoDbHooks({ ...deps, client: deps.dynamo, dataSourceName: name, tableName: config.tableName, versioned: config.versioned, deltaSyncConfig: config.deltaSyncConfig }),
      });
    case 'AWS_LAMBDA': {
      const common = { functionName: config.functionName ?? name, timeoutSeconds: config.timeoutSeconds, memoryLimitInMB: config.memoryLimitInMB, environment: config.environment, maxBatchSize: config.maxBatchSize, region: deps.region, log: deps.log };
      if (typeof config.handler === 'function') return createLambdaDataSource({ ...common, handler: config.handler });
      const { url, exportName } = handlerModule(deps.root, config.handler);
      return createLambdaDataSource({ ...common, exportName, load: () => import(url) as Promise<Record<string, unknown>> });
    }
  }
}

/** `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]` → name; anything else is a name already. */
export function functionNameOf(reference: string): string {
  const match = /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(reference);
  return match ? match[1] : reference;
}

/**
 * Finds an AWS_LAMBDA data source by its functionName (or data-source name) from a Lambda ARN or name, the way
 * AppSync's lambdaConflictHandlerArn and conditionalCheckFailedHandler.lambdaArn reach a function.
 */
export function createFunctionLookup(configs: Record<string, DataSourceConfig>, adapters: () => Record<string, DataSource>): FunctionLookup {
  const byName = new Map<string, string>();
  for (const [name, config] of Object.entries(configs)) {
    if (config.kind !== 'AWS_LAMBDA') continue;
    byName.set(name, name);
    byName.set(config.functionName ?? name, name);
  }
  return (reference) => {
    const dataSource = byName.get(functionNameOf(reference));
    return dataSource ? (event) => (adapters()[dataSource] as LambdaDataSource).call(event) : undefined;
  };
}

/** The manifest's view of a data source (names and kinds; checked against resolver file names). */
export function dataSourceSpec(name: string, config: DataSourceConfig): DataSourceSpec {
  switch (config.kind) {
    case 'NONE':
      return { name, kind: 'NONE' };
    case 'AWS_LAMBDA':
      return { name, kind: 'AWS_LAMBDA', functionName: config.functionName ?? name };
    case 'AMAZON_DYNAMODB':
      // DataSourceSpec names Herald's logical table ('main'); the real name lives in the adapter.
      return { name, kind: 'AMAZON_DYNAMODB', table: 'main' };
  }
}
