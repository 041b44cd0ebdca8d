// The Sync operation of versioned data sources ("Using DynamoDB sync operations on versioned data sources", JS
// reference "Sync"): without a recent `lastSync` a Scan of the base table (tombstones included), otherwise a Query
// of the delta table's day partitions since `lastSync`; `{items, nextToken, startedAt}`, limit 100 by default and
// 1,000 at most, the filter applied after the limit, and startedAt kept from the first page.
import { QueryCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceResult } from '../data-source';
import { GENERIC_TYPE, withServiceSuffix } from '../dynamodb-errors';
import { expressionParts, type DynamoRequest } from '../dynamodb-request';
import { toPlainItem } from '../dynamodb-values';
import type { PageTokenCodec } from '../page-token';
import type { WireItem } from './attribute-values';
import { DELTA_KEY_ATTRIBUTES, dayAndTime } from './delta-record';

export interface SyncOptions {
  client: DynamoDBClient;
  tableName: string;
  dataSourceName: string;
  deltaSyncTableName: string;
  deltaSyncTableTTL: number;
  pageTokens: PageTokenCodec;
  now?: () => number;
}

export const DEFAULT_SYNC_LIMIT = 100;
export const MAX_SYNC_LIMIT = 1000;
const DAY_MS = 86_400_000;

/** Where a Sync stands between pages; signed into its nextToken like any page token. */
interface SyncCursor {
  sync: 1;
  startedAt: number;
  table: 'base' | 'delta';
  lastSync?: number;
  /** Delta: the day partition to continue in. */
  day?: string;
  key?: Record<string, unknown>;
}

const invalidToken: DataSourceResult = {
  error: { type: GENERIC_TYPE, message: withServiceSuffix('The provided starting key is invalid: nextToken was not issued by this API or was modified.') },
};

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);

/** Delta entries carry their table keys; resolvers see the item as it was written. */
function changeOf(record: WireItem): Record<string, unknown> | null {
  const item = { ...record };
  for (const name of DELTA_KEY_ATTRIBUTES) delete item[name];
  return toPlainItem(item);
}

export function createSync(options: SyncOptions) {
  const { client, pageTokens } = options;
  const now = options.now ?? Date.now;

  function firstCursor(request: DynamoRequest): SyncCursor {
    const startedAt = now();
    const lastSync = request.lastSync ?? undefined;
    // A lastSync older than the delta table's retention may have missed changes that already expired there.
    if (lastSync === undefined || lastSync < startedAt - options.deltaSyncTableTTL * 60_000) return { sync: 1, startedAt, table: 'base' };
    return { sync: 1, startedAt, table: 'delta', lastSync, day: dayAndTime(lastSync).day };
  }

  function page(items: Record<string, unknown>[], cursor: SyncCursor, next: Partial<SyncCursor> | null): DataSourceResult {
    return { result: { items, nextToken: next ? pageTokens.encode({ ...cursor, ...next } as unknown as Record<string, unknown>) : null, startedAt: cursor.startedAt } };
  }

  async function scanBase(request: DynamoRequest, cursor: SyncCursor, limit: number): Promise<DataSourceResult> {
    const output = await client.send(
      new ScanCommand({
        TableName: options.tableName,
        Limit: limit,
        ExclusiveStartKey: cursor.key as WireItem | undefined,
        FilterExpression: request.filter?.expression,
        ...expressionParts(request.filter),
      }),
    );
    const items = (output.Items ?? []).map((item) => toPlainItem(item)!);
    return page(items, cursor, output.LastEvaluatedKey ? { key: output.LastEvaluatedKey } : null);
  }

  /** One day partition after another, until the limit of evaluated entries or the day the sync started. */
  async function queryDelta(request: DynamoRequest, cursor: SyncCursor, limit: number): Promise<DataSourceResult> {
    const [pk, sk] = request.deltaIndexName ? ['gsi_ds_pk', 'gsi_ds_sk'] : ['ds_pk', 'ds_sk'];
    const lastSync = dayAndTime(cursor.lastSync!);
    const lastDay = dayAndTime(cursor.startedAt).day;
    const items: Record<string, unknown>[] = [];
    let day = cursor.day!;
    let key = cursor.key as WireItem | undefined;
    let evaluated = 0;
    while (true) {
      const fromTime = day === lastSync.day ? lastSync.time : undefined;
      const keyCondition = {
        expression: `#_appsync_pk = :_appsync_pk${fromTime ? ' AND #_appsync_sk >= :_appsync_sk' : ''}`,
        expressionNames: { '#_appsync_pk': pk, ...(fromTime ? { '#_appsync_sk': sk } : {}) },
        expressionValues: { ':_appsync_pk': { S: `${options.dataSourceName}:${day}` }, ...(fromTime ? { ':_appsync_sk': { S: fromTime } } : {}) },
      };
      const output = await client.send(
        new QueryCommand({
          TableName: options.deltaSyncTableName,
          IndexName: request.deltaIndexName,
          KeyConditionExpression: keyCondition.expression,
          FilterExpression: request.filter?.expression,
          Limit: limit - evaluated,
          ExclusiveStartKey: key,
          ...expressionParts(keyCondition, request.filter),
        }),
      );
      items.push(...(output.Items ?? []).map((record) => changeOf(record)!));
      evaluated += output.ScannedCount ?? 0;
      if (output.LastEvaluatedKey) return page(items, cursor, { day, key: output.LastEvaluatedKey });
      if (day >= lastDay) return page(items, cursor, null);
      day = nextDay(day);
      key = undefined;
      if (evaluated >= limit) return page(items, cursor, { day, key: undefined });
    }
  }

  return async function sync(request: DynamoRequest): Promise<DataSourceResult> {
    let cursor: SyncCursor;
    if (request.nextToken) {
      const decoded = pageTokens.decode(request.nextToken) as unknown as SyncCursor | null;
      if (decoded?.sync !== 1) return invalidToken;
      cursor = decoded;
    } else {
      cursor = firstCursor(request);
    }
    // [U] A limit above the maximum is lowered to it rather than refused.
    const limit = Math.min(request.limit ?? DEFAULT_SYNC_LIMIT, MAX_SYNC_LIMIT);
    return cursor.table === 'base' ? scanBase(request, cursor, limit) : queryDelta(request, cursor, limit);
  };
}
