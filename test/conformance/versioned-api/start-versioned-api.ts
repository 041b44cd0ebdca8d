// Serves the versioned-data-source conformance API (schema.graphql + resolvers/) through startLocalApi on
// 127.0.0.1:0 against an in-memory DynamoDB Local, with scripted in-process Lambdas for the conflict handler
// and the conditionalCheckFailedHandler, so each test decides what they answer and reads what they received.
import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalApi, type LocalApi } from '../../../local/src/config/start-local-api';

export const API_KEY = 'versioned-conformance';
export const TABLES = { notes: 'v-notes', hardNotes: 'v-hard-notes', posts: 'v-posts', plain: 'v-plain', delta: 'v-delta', postsDelta: 'v-posts-delta' };
/** Minutes (DeltaSyncConfig units). */
export const BASE_TABLE_TTL = 60;
export const DELTA_SYNC_TABLE_TTL = 60 * 24 * 3;

const keyed = (name: string, keys: string[]): CreateTableCommandInput => ({
  TableName: name,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: keys.map((key) => ({ AttributeName: key, AttributeType: 'S' })),
  KeySchema: keys.map((key, index) => ({ AttributeName: key, KeyType: index === 0 ? 'HASH' : 'RANGE' })),
});

/** A Lambda whose answer a test sets, recording every event it gets. */
export interface ScriptedLambda {
  events: Record<string, unknown>[];
  answer: (event: Record<string, unknown>) => unknown;
}

export interface VersionedApi extends LocalApi {
  dynamo: DynamoDBClient;
  conflictLambda: ScriptedLambda;
  conditionLambda: ScriptedLambda;
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] }>;
  /** Runs one raw request through a raw field and returns what its response handler saw. */
  raw(field: string, request: unknown): Promise<{ result: Record<string, unknown> | null; error: { type: string; message: string } | null }>;
}

function scripted(): ScriptedLambda {
  return { events: [], answer: () => null };
}

export async function startVersionedApi(): Promise<VersionedApi> {
  const conflictLambda = scripted();
  const conditionLambda = scripted();
  const recording = (lambda: ScriptedLambda) => async (event: unknown) => {
    lambda.events.push(event as Record<string, unknown>);
    return lambda.answer(event as Record<string, unknown>);
  };
  const versioned = (tableName: string, deltaSyncTableName: string, baseTableTTL = BASE_TABLE_TTL) =>
    ({ kind: 'AMAZON_DYNAMODB', tableName, versioned: true, deltaSyncConfig: { deltaSyncTableName, baseTableTTL, deltaSyncTableTTL: DELTA_SYNC_TABLE_TTL } }) as const;
  const api = await startLocalApi({
    root: import.meta.dirname,
    schema: 'schema.graphql',
    resolvers: 'resolvers',
    dataSources: {
      notes: versioned(TABLES.notes, TABLES.delta),
      hardNotes: versioned(TABLES.hardNotes, TABLES.delta, 0),
      posts: versioned(TABLES.posts, TABLES.postsDelta),
      plain: { kind: 'AMAZON_DYNAMODB', tableName: TABLES.plain },
      resolveConflicts: { kind: 'AWS_LAMBDA', functionName: 'resolve-conflicts', handler: recording(conflictLambda) },
      conditionFailed: { kind: 'AWS_LAMBDA', functionName: 'condition-failed', handler: recording(conditionLambda) },
    },
    syncConfigs: {
      'Mutation.optimistic': { conflictDetection: 'VERSION', conflictHandler: 'OPTIMISTIC_CONCURRENCY' },
      'Mutation.automerge': { conflictDetection: 'VERSION', conflictHandler: 'AUTOMERGE' },
      'Mutation.lambdaMerge': {
        conflictDetection: 'VERSION',
        conflictHandler: 'LAMBDA',
        lambdaConflictHandlerConfig: { lambdaConflictHandlerArn: 'arn:aws:lambda:us-east-1:123456789012:function:resolve-conflicts' },
      },
      'Mutation.hard': { conflictDetection: 'VERSION', conflictHandler: 'OPTIMISTIC_CONCURRENCY' },
      'Mutation.updateNote': { conflictDetection: 'VERSION', conflictHandler: 'OPTIMISTIC_CONCURRENCY' },
    },
    auth: { defaultMode: 'API_KEY', apiKeys: [API_KEY] },
    // The posts delta table is left to the server, which creates it with Amplify's deltaPartitionKeyIndex.
    dynamodb: { tables: [keyed(TABLES.notes, ['id']), keyed(TABLES.hardNotes, ['id']), keyed(TABLES.posts, ['pk', 'sk']), keyed(TABLES.plain, ['id']), keyed(TABLES.delta, ['ds_pk', 'ds_sk'])] },
  });
  async function graphql(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body: JSON.stringify({ query, variables }) });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
  }
  return {
    ...api,
    dynamo: api.dynamo!,
    conflictLambda,
    conditionLambda,
    graphql,
    async raw(field, request) {
      const operation = field.startsWith('sync') ? 'query' : 'mutation';
      const body = await graphql(`${operation} Raw($r: AWSJSON!) { ${field}(request: $r) }`, { r: JSON.stringify(request) });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return JSON.parse(body.data![field] as string) as Awaited<ReturnType<VersionedApi['raw']>>;
    },
  };
}
