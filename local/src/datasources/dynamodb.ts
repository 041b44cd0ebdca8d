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
import type { DataSource, DataSourceResult } from './data-source';
import { toPlainItem, toWireMap } from './dynamodb-values';
import type { PageTokenCodec } from './page-token';

type AttributeMap = Record<string, Record<string, unknown>>;

interface Expression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: AttributeMap;
}

interface Condition extends Expression {
  equalsIgnore?: string[];
}

interface DynamoRequest {
  operation: string;
  key?: AttributeMap;
  attributeValues?: AttributeMap;
  update?: Expression;
  condition?: Condition;
  query?: Expression;
  filter?: Expression;
  projection?: Expression;
  index?: string;
  limit?: number;
  nextToken?: string;
  scanIndexForward?: boolean;
  consistentRead?: boolean;
  select?: string;
  totalSegments?: number;
  segment?: number;
}

export interface DynamoDbDataSourceOptions {
  client: DynamoDBClient;
  tableName: string;
  pageTokens: PageTokenCodec;
}

/** Merges the names/values of every expression a request carries into one SDK parameter set. */
function expressionParts(...expressions: (Expression | undefined)[]) {
  const names: Record<string, string> = {};
  const values: AttributeMap = {};
  for (const expression of expressions) {
    Object.assign(names, expression?.expressionNames);
    Object.assign(values, expression?.expressionValues);
  }
  return {
    ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
    ExpressionAttributeValues: Object.keys(values).length ? toWireMap(values) : undefined,
  };
}

function dynamoError(error: unknown): DataSourceResult {
  const failure = error as { name?: string; message?: string; Item?: Record<string, never> };
  return {
    error: { type: `DynamoDB:${failure.name ?? 'AmazonDynamoDBException'}`, message: failure.message ?? String(error) },
    result: failure.Item ? toPlainItem(failure.Item) : undefined,
  };
}

function withoutIgnored(item: Record<string, unknown> | null, ignored: string[]): Record<string, unknown> | null {
  if (!item) {
    return null;
  }
  return Object.fromEntries(Object.entries(item).filter(([name]) => !ignored.includes(name)));
}

export function createDynamoDbDataSource({ client, tableName, pageTokens }: DynamoDbDataSourceOptions): DataSource {
  async function read(request: DynamoRequest) {
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
    return toPlainItem(output.Item);
  }

  async function put(request: DynamoRequest): Promise<DataSourceResult> {
    const item = { ...request.attributeValues, ...request.key };
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
      return { result: toPlainItem(toWireMap(item)) };
    } catch (error) {
      const failed = dynamoError(error);
      // AppSync treats a failed condition as success when the item already is what was asked for
      // (an idempotent retry), comparing all attributes but `equalsIgnore`.
      const ignored = request.condition?.equalsIgnore ?? [];
      const desired = toPlainItem(toWireMap(item));
      if (failed.error?.type === 'DynamoDB:ConditionalCheckFailedException' && failed.result && isDeepStrictEqual(withoutIgnored(failed.result as Record<string, unknown>, ignored), withoutIgnored(desired, ignored))) {
        return { result: failed.result };
      }
      return failed;
    }
  }

  async function update(request: DynamoRequest): Promise<DataSourceResult> {
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
  }

  async function remove(request: DynamoRequest): Promise<DataSourceResult> {
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
  }

  async function page(request: DynamoRequest): Promise<DataSourceResult> {
    let startKey: Record<string, unknown> | undefined;
    if (request.nextToken) {
      const decoded = pageTokens.decode(request.nextToken);
      if (!decoded) {
        return { error: { type: 'DynamoDB:AmazonDynamoDBException', message: 'Invalid nextToken: it was not issued by this API or was modified.' } };
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
    GetItem: async (request) => ({ result: await read(request) }),
    PutItem: put,
    UpdateItem: update,
    DeleteItem: remove,
    Query: page,
    Scan: page,
  };

  return {
    async invoke(raw) {
      const request = raw as DynamoRequest;
      const operation = operations[request?.operation];
      if (!operation) {
        return { error: { type: 'DynamoDB:UnsupportedOperation', message: `Unsupported DynamoDB operation: ${String(request?.operation)}` } };
      }
      try {
        return await operation(request);
      } catch (error) {
        return dynamoError(error);
      }
    },
  };
}
