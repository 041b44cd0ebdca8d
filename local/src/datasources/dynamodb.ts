// AMAZON_DYNAMODB data source: runs AppSync's DynamoDB request objects (appsync-spec.md §5) against
// a real engine through SDK v3 and maps results and errors to AppSync's ctx.result / ctx.error.
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { DataSourceRequestError, type DataSource, type DataSourceCall, type DataSourceResult } from './data-source';
import { batchGet, batchWrite, type BatchDeps } from './dynamodb-batch';
import { dynamoErrorOf, GENERIC_TYPE, withServiceSuffix } from './dynamodb-errors';
import { expressionParts, type DynamoRequest } from './dynamodb-request';
import { transactGet, transactWrite } from './dynamodb-transact';
import { toPlainItem, toWireMap } from './dynamodb-values';
import type { PageTokenCodec } from './page-token';

export interface DynamoDbDataSourceOptions {
  client: DynamoDBClient;
  /** The data source's own table: GetItem … Scan run against it. */
  tableName: string;
  /**
   * Every table the data source's IAM role may touch through batch and transaction operations,
   * which name tables themselves. Defaults to [tableName]; others fail like an IAM denial.
   */
  tables?: readonly string[];
  pageTokens: PageTokenCodec;
  hooks?: DynamoDbHooks;
}

export type DynamoOperation = (request: DynamoRequest, call?: DataSourceCall) => Promise<DataSourceResult>;

/** What datasources/versioned/ adds: versioned writes and Sync, and the conditionalCheckFailedHandler. */
export interface DynamoDbHooks {
  /** Operations that take the place of (or join) the built-in ones. */
  operations?: Record<string, DynamoOperation>;
  /** Sees every outcome with an error; `rerun` runs a retried request through the same operation. */
  onConditionFailure?: (request: DynamoRequest, outcome: DataSourceResult, call: DataSourceCall | undefined, rerun: (retry: DynamoRequest) => Promise<DataSourceResult>) => Promise<DataSourceResult>;
}

function withoutIgnored(item: Record<string, unknown> | null, ignored: string[]): Record<string, unknown> | null {
  if (!item) {
    return null;
  }
  return Object.fromEntries(Object.entries(item).filter(([name]) => !ignored.includes(name)));
}

/** A condition failure carries the current item (ReturnValuesOnConditionCheckFailure ALL_OLD) in ctx.result. */
function failed(error: unknown): DataSourceResult {
  const item = (error as { Item?: Record<string, never> }).Item;
  return { error: dynamoErrorOf(error), result: item ? toPlainItem(item) : null };
}

const isConditionFailure = (error: unknown) => (error as { name?: string })?.name === 'ConditionalCheckFailedException';

export function createDynamoDbDataSource({ client, tableName, tables, pageTokens, hooks = {} }: DynamoDbDataSourceOptions): DataSource {
  const batchDeps: BatchDeps = { client, allowedTables: new Set(tables ?? [tableName]) };

  async function read(request: DynamoRequest): Promise<DataSourceResult> {
    const projection = request.projection;
    const output = await client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: toWireMap(request.key),
        ConsistentRead: request.consistentRead,
        ProjectionExpression: projection?.expression,
        ExpressionAttributeNames: projection?.expressionNames,
      }),
    );
    return { result: toPlainItem(output.Item) };
  }

  async function put(request: DynamoRequest): Promise<DataSourceResult> {
    const item = { ...request.attributeValues, ...request.key };
    const desired = toPlainItem(toWireMap(item));
    try {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: toWireMap(item),
          ConditionExpression: request.condition?.expression,
          ReturnValuesOnConditionCheckFailure: request.condition ? 'ALL_OLD' : undefined,
          ...expressionParts(request.condition),
        }),
      );
      return { result: desired };
    } catch (error) {
      if (!isConditionFailure(error)) {
        throw error;
      }
      // AppSync treats a failed condition as success when the item already is what was asked for
      // (an idempotent retry), comparing all attributes but `equalsIgnore`. For UpdateItem it cannot
      // know the desired item, so that failure is always reported; DeleteItem: see remove().
      const outcome = failed(error);
      const ignored = request.condition?.equalsIgnore ?? [];
      const current = outcome.result as Record<string, unknown> | null;
      if (current && isDeepStrictEqual(withoutIgnored(current, ignored), withoutIgnored(desired, ignored))) {
        return { result: current };
      }
      return outcome;
    }
  }

  async function update(request: DynamoRequest): Promise<DataSourceResult> {
    try {
      const output = await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: toWireMap(request.key),
          UpdateExpression: request.update?.expression,
          ConditionExpression: request.condition?.expression,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: request.condition ? 'ALL_OLD' : undefined,
          ...expressionParts(request.update, request.condition),
        }),
      );
      return { result: toPlainItem(output.Attributes) };
    } catch (error) {
      if (isConditionFailure(error)) return failed(error);
      throw error;
    }
  }

  async function remove(request: DynamoRequest): Promise<DataSourceResult> {
    try {
      const output = await client.send(
        new DeleteItemCommand({
          TableName: tableName,
          Key: toWireMap(request.key),
          ConditionExpression: request.condition?.expression,
          ReturnValues: 'ALL_OLD',
          ReturnValuesOnConditionCheckFailure: request.condition ? 'ALL_OLD' : undefined,
          ...expressionParts(request.condition),
        }),
      );
      return { result: toPlainItem(output.Attributes) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The item a delete wants gone already is: AppSync treats the failed condition as success
      // ("Handling a condition check failure", AppSync developer guide).
      const outcome = failed(error);
      return outcome.result === null || outcome.result === undefined ? { result: null } : outcome;
    }
  }

  async function page(request: DynamoRequest): Promise<DataSourceResult> {
    let startKey: Record<string, unknown> | undefined;
    if (request.nextToken) {
      const decoded = pageTokens.decode(request.nextToken);
      if (!decoded) {
        return { error: { type: GENERIC_TYPE, message: withServiceSuffix('The provided starting key is invalid: nextToken was not issued by this API or was modified.') } };
      }
      startKey = decoded;
    }
    const common = {
      TableName: tableName,
      IndexName: request.index,
      Limit: request.limit,
      ConsistentRead: request.consistentRead,
      Select: request.select as never,
      ExclusiveStartKey: startKey as never,
      FilterExpression: request.filter?.expression,
      ProjectionExpression: request.projection?.expression,
      ...expressionParts(request.query, request.filter, request.projection),
    };
    const output =
      request.operation === 'Query'
        ? await client.send(new QueryCommand({ ...common, KeyConditionExpression: request.query?.expression, ScanIndexForward: request.scanIndexForward }))
        : await client.send(new ScanCommand({ ...common, TotalSegments: request.totalSegments, Segment: request.segment }));
    return {
      result: {
        items: (output.Items ?? []).map((item) => toPlainItem(item)),
        nextToken: output.LastEvaluatedKey ? pageTokens.encode(output.LastEvaluatedKey) : null,
        scannedCount: output.ScannedCount ?? 0,
      },
    };
  }

  const operations: Record<string, (request: DynamoRequest) => Promise<DataSourceResult>> = {
    GetItem: read,
    PutItem: put,
    UpdateItem: update,
    DeleteItem: remove,
    Query: page,
    Scan: page,
    BatchGetItem: (request) => batchGet(batchDeps, request),
    BatchPutItem: (request) => batchWrite(batchDeps, request),
    BatchDeleteItem: (request) => batchWrite(batchDeps, request),
    TransactGetItems: (request) => transactGet(batchDeps, request),
    TransactWriteItems: (request) => transactWrite(batchDeps, request),
  };

  return {
    async invoke(raw, call) {
      const request = raw as DynamoRequest | null;
      if (!request || typeof request !== 'object' || request.operation === undefined) {
        throw new DataSourceRequestError("Value for field '$[operation]' not found.");
      }
      const operation: DynamoOperation | undefined = hooks.operations?.[request.operation] ?? operations[request.operation];
      if (!operation) {
        throw new DataSourceRequestError(`Unsupported operation '${String(request.operation)}'.`);
      }
      try {
        const outcome = await operation(request, call);
        return outcome.error && hooks.onConditionFailure ? await hooks.onConditionFailure(request, outcome, call, (retry) => operation(retry, call)) : outcome;
      } catch (error) {
        if (error instanceof DataSourceRequestError) throw error;
        return { error: dynamoErrorOf(error) };
      }
    },
  };
}
