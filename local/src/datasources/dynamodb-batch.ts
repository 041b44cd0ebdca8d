// BatchGetItem / BatchPutItem / BatchDeleteItem for the DynamoDB data source (appsync-spec.md §5):
// real table names from `tables`, results per table in request order, unprocessed entries reported.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type KeysAndAttributes,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { DataSourceRequestError, type DataSourceResult } from './data-source';
import { accessDenied } from './dynamodb-errors';
import type { AttributeMap, BatchGetTable, DynamoRequest, Expression } from './dynamodb-request';
import { toPlainItem, toWireMap } from './dynamodb-values';

type WireItem = Record<string, AttributeValue>;
type PlainItem = Record<string, unknown>;

export interface BatchDeps {
  client: DynamoDBClient;
  /** Tables the data source's role may touch; any other fails like an IAM denial. */
  allowedTables: ReadonlySet<string>;
}

function tablesOf(request: DynamoRequest): Record<string, unknown> {
  const tables = request.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) {
    throw new DataSourceRequestError("Value for field '$[tables]' not found.");
  }
  return tables;
}

function listOf(value: unknown, table: string, field: string): AttributeMap[] {
  if (!Array.isArray(value)) {
    throw new DataSourceRequestError(`Value for field '$[tables][${table}]${field}' must be a list.`);
  }
  return value as AttributeMap[];
}

const plain = (item: WireItem | undefined): PlainItem | null => toPlainItem(item);
const plainOf = (map: AttributeMap): PlainItem | null => toPlainItem(toWireMap(map));

/** Compares on plain JSON so binary keys (Buffer here, Uint8Array from the SDK) match. */
function hasKey(item: WireItem, key: PlainItem): boolean {
  const names = Object.keys(key);
  return isDeepStrictEqual(plain(Object.fromEntries(names.map((name) => [name, item[name]]))), key);
}

/** Top-level attribute names a projection expression returns. */
function projectedNames(projection: Expression): Set<string> {
  return new Set(
    projection.expression.split(',').map((path) => {
      const head = path.trim().split(/[.[]/)[0] ?? '';
      return projection.expressionNames?.[head] ?? head;
    }),
  );
}

/**
 * Items come back unordered, so key attributes are needed to put them in request order. A
 * projection that leaves them out gets them added here and removed again from the result.
 */
function keysAndAttributes(spec: BatchGetTable, keyNames: string[]): { params: KeysAndAttributes; hidden: string[] } {
  const params: KeysAndAttributes = { Keys: spec.keys.map((key) => toWireMap(key)!), ConsistentRead: spec.consistentRead };
  const projection = spec.projection;
  if (!projection?.expression) {
    return { params, hidden: [] };
  }
  const shown = projectedNames(projection);
  const hidden = keyNames.filter((name) => !shown.has(name));
  const names = { ...projection.expressionNames };
  const extra = hidden.map((name, index) => {
    names[`#appsyncLocalKey${index}`] = name;
    return `#appsyncLocalKey${index}`;
  });
  params.ProjectionExpression = [projection.expression, ...extra].join(', ');
  params.ExpressionAttributeNames = names;
  return { params, hidden };
}

function firstDenied(tables: string[], allowed: ReadonlySet<string>): string | undefined {
  return tables.find((table) => !allowed.has(table));
}

export async function batchGet({ client, allowedTables }: BatchDeps, request: DynamoRequest): Promise<DataSourceResult> {
  const tables = Object.entries(tablesOf(request)).map(([table, spec]) => {
    const body = (spec ?? {}) as BatchGetTable;
    return [table, { ...body, keys: listOf(body.keys, table, '[keys]') }] as const;
  });
  const denied = firstDenied(tables.map(([table]) => table), allowedTables);
  if (denied) {
    return { error: accessDenied('BatchGetItem', denied) };
  }
  const plans = tables.map(([table, spec]) => {
    const keyNames = Object.keys(spec.keys[0] ?? {});
    return { table, spec, ...keysAndAttributes(spec, keyNames) };
  });
  const output = await client.send(new BatchGetItemCommand({ RequestItems: Object.fromEntries(plans.map((plan) => [plan.table, plan.params])) }));

  const data: Record<string, (PlainItem | null)[]> = {};
  const unprocessedKeys: Record<string, (PlainItem | null)[]> = {};
  for (const { table, spec, hidden } of plans) {
    const found = output.Responses?.[table] ?? [];
    data[table] = spec.keys.map((key) => {
      const wanted = plainOf(key)!;
      const item = found.find((candidate) => hasKey(candidate, wanted));
      if (!item) {
        return null;
      }
      const result = plain(item)!;
      for (const name of hidden) {
        delete result[name];
      }
      return result;
    });
    unprocessedKeys[table] = (output.UnprocessedKeys?.[table]?.Keys ?? []).map(plain);
  }
  return { result: { data, unprocessedKeys } };
}

/** BatchPutItem and BatchDeleteItem: one BatchWriteItem, entries not processed come back null in `data`. */
export async function batchWrite({ client, allowedTables }: BatchDeps, request: DynamoRequest): Promise<DataSourceResult> {
  const isPut = request.operation === 'BatchPutItem';
  const tables = Object.entries(tablesOf(request)).map(([table, entries]) => [table, listOf(entries, table, '')] as const);
  const denied = firstDenied(tables.map(([table]) => table), allowedTables);
  if (denied) {
    return { error: accessDenied('BatchWriteItem', denied) };
  }
  const requestItems = Object.fromEntries(
    tables.map(([table, entries]) => [
      table,
      entries.map((entry): WriteRequest => (isPut ? { PutRequest: { Item: toWireMap(entry) } } : { DeleteRequest: { Key: toWireMap(entry) } })),
    ]),
  );
  const output = await client.send(new BatchWriteItemCommand({ RequestItems: requestItems }));

  const data: Record<string, (PlainItem | null)[]> = {};
  const unprocessed: Record<string, (PlainItem | null)[]> = {};
  for (const [table, entries] of tables) {
    const left = (output.UnprocessedItems?.[table] ?? []).map((write) => plain(isPut ? write.PutRequest?.Item : write.DeleteRequest?.Key));
    unprocessed[table] = left;
    data[table] = entries.map((entry) => {
      const value = plainOf(entry);
      return left.some((other) => isDeepStrictEqual(other, value)) ? null : value;
    });
  }
  return { result: isPut ? { data, unprocessedItems: unprocessed } : { data, unprocessedKeys: unprocessed } };
}
