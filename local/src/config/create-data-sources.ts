// Turns the config's data-source entries into adapters: DynamoDB on the given client, Lambda handlers
// loaded in-process from their module paths, NONE.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSource } from '../datasources/data-source';
import { createDynamoDbDataSource } from '../datasources/dynamodb';
import { createLambdaDataSource } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { PageTokenCodec } from '../datasources/page-token';
import type { DataSourceSpec } from '../../../manifest/src/types';
import type { DataSourceConfig } from './local-api-config';

export interface DataSourceDeps {
  root: string;
  /** Needed as soon as one AMAZON_DYNAMODB source is configured. */
  dynamo?: DynamoDBClient;
  pageTokens: PageTokenCodec;
  region: string;
  log: (line: string) => void;
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
      return createDynamoDbDataSource({ client: deps.dynamo, tableName: config.tableName, tables: config.tables, pageTokens: deps.pageTokens });
    case 'AWS_LAMBDA': {
      const common = { functionName: config.functionName ?? name, timeoutSeconds: config.timeoutSeconds, memoryLimitInMB: config.memoryLimitInMB, environment: config.environment, maxBatchSize: config.maxBatchSize, region: deps.region, log: deps.log };
      if (typeof config.handler === 'function') return createLambdaDataSource({ ...common, handler: config.handler });
      const { url, exportName } = handlerModule(deps.root, config.handler);
      return createLambdaDataSource({ ...common, exportName, load: () => import(url) as Promise<Record<string, unknown>> });
    }
  }
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
