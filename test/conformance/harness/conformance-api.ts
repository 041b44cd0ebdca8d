// Serves the conformance API (test/conformance/api) through the generic config path — startLocalApi
// with one LocalApiConfig, as a user of local/ would — on port 0 against an in-memory DynamoDB Local.
import { resolve } from 'node:path';
import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceConfig, LocalApiConfig } from '../../../local/src/config/local-api-config';
import { startLocalApi, type LocalApi } from '../../../local/src/config/start-local-api';

export const API_DIR = resolve(import.meta.dirname, '../api');
export const API_KEY = 'conformance-key';
export const MAIN_TABLE = 'conf-main';
export const OTHER_TABLE = 'conf-other';
/** Exists in the engine, but the data source's role may not touch it. */
export const FORBIDDEN_TABLE = 'conf-forbidden';

const keyed = (name: string, keys: string[]): CreateTableCommandInput => ({
  TableName: name,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: keys.map((key) => ({ AttributeName: key, AttributeType: 'S' })),
  KeySchema: keys.map((key, index) => ({ AttributeName: key, KeyType: index === 0 ? 'HASH' : 'RANGE' })),
});

export interface GraphQLResult {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
}

export interface ConformanceApi extends LocalApi {
  dynamo: DynamoDBClient;
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult>;
}

export interface ConformanceOptions {
  /** Replaces data sources of the API (the Lambda ones by default only answer null). */
  dataSources?: Record<string, DataSourceConfig>;
  /** Overrides of the config (auth, limits …). */
  config?: Partial<LocalApiConfig>;
}

function conformanceConfig(options: ConformanceOptions = {}): LocalApiConfig {
  const idle: DataSourceConfig = { kind: 'AWS_LAMBDA', handler: async () => null };
  return {
    root: API_DIR,
    schema: 'schema.graphql',
    resolvers: 'resolvers',
    dataSources: {
      main: { kind: 'AMAZON_DYNAMODB', tableName: MAIN_TABLE, tables: [MAIN_TABLE, OTHER_TABLE] },
      NONE: { kind: 'NONE' },
      echo: { kind: 'AWS_LAMBDA', handler: 'functions/echo.ts' },
      venues: idle,
      directVenues: idle,
      mailer: idle,
      ...options.dataSources,
    },
    directLambdaResolvers: { 'Query.directEcho': { dataSource: 'echo' }, 'Card.directVenue': { dataSource: 'directVenues', maxBatchSize: 2 } },
    auth: { defaultMode: 'API_KEY', apiKeys: [API_KEY] },
    env: { TABLE_NAME: MAIN_TABLE },
    dynamodb: { tables: [keyed(MAIN_TABLE, ['pk', 'sk']), keyed(OTHER_TABLE, ['id']), keyed(FORBIDDEN_TABLE, ['id'])] },
    ...options.config,
  };
}

export async function startConformanceApi(options: ConformanceOptions = {}): Promise<ConformanceApi> {
  const api = await startLocalApi(conformanceConfig(options));
  return {
    ...api,
    dynamo: api.dynamo!,
    async graphql(query, variables = {}, headers = { 'x-api-key': API_KEY }) {
      const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: (await response.json()) as GraphQLResult['body'] };
    },
  };
}
