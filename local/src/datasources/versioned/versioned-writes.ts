// PutItem, UpdateItem and DeleteItem on a versioned data source ("Versioning DynamoDB data sources", "Conflict
// detection and resolution"): each write bumps `_version` and sets `_lastChangedAt`, a delete leaves a tombstone
// (`_deleted`, `_ttl`) unless BaseTableTTL is 0, every change is logged in the delta table, and a request whose
// `_version` is not the stored one goes to the resolver's conflict handler.
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { DataSourceCall, DataSourceResult } from '../data-source';
import { dynamoErrorOf } from '../dynamodb-errors';
import { expressionParts, type DynamoRequest, type Expression } from '../dynamodb-request';
import { toPlainItem, toWireMap } from '../dynamodb-values';
import { versionOf, type WireItem } from './attribute-values';
import { resolveConflict, type ConflictDecision } from './conflict-resolution';
import { deltaRecord } from './delta-record';
import type { UpdatePreview } from './update-preview';
import { conflictHandlerOf, type DeltaSyncConfig, type FunctionLookup, type SyncConfig } from './versioned-config';
import { metadataWritten, versionGuard, withAssignments, withGuard } from './versioned-expressions';

export interface VersionedWriteOptions {
  client: DynamoDBClient;
  tableName: string;
  /** The base data source's name, the prefix of every delta-table partition key. */
  dataSourceName: string;
  deltaSync: DeltaSyncConfig;
  region: string;
  /** The SyncConfig of the resolver (or pipeline) behind a call, by `Type.field`. */
  syncConfigs: Record<string, SyncConfig>;
  lambdaFunction: FunctionLookup;
  preview: UpdatePreview;
  now?: () => number;
}

/** [U] AppSync's retry budget before MaxConflicts is not documented. */
const MAX_ATTEMPTS = 5;
/** Another write changed the item between our read and our write: read again and replan. */
const RACED = Symbol('raced');

type Plan = { kind: 'request' } | Exclude<ConflictDecision, { kind: 'reject' } | { kind: 'error' }>;

const isConditionFailure = (error: unknown) => (error as { name?: string })?.name === 'ConditionalCheckFailedException';

function conflictUnhandled(current: WireItem): DataSourceResult {
  return { error: { type: 'ConflictUnhandled', message: 'Conflict resolver rejects mutation.' }, result: toPlainItem(current) };
}

function raced(before: WireItem | undefined, after: WireItem | undefined): boolean {
  return (before === undefined) !== (after === undefined) || versionOf(before) !== versionOf(after);
}

export function createVersionedWrites(options: VersionedWriteOptions) {
  const { client, tableName, deltaSync } = options;
  const now = options.now ?? Date.now;

  async function stored(key: WireItem): Promise<WireItem | undefined> {
    const output = await client.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    return output.Item;
  }

  /** Writes `item` (a PutItem's, a merge's or a conflict Lambda's) with fresh metadata. */
  async function putItem(item: WireItem, condition: Expression): Promise<WireItem> {
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: condition.expression, ReturnValuesOnConditionCheckFailure: 'ALL_OLD', ...expressionParts(condition) }),
    );
    return item;
  }

  async function updateItem(key: WireItem, update: Expression, condition: Expression): Promise<WireItem> {
    const output = await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: update.expression,
        ConditionExpression: condition.expression,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        ...expressionParts(update, condition),
      }),
    );
    return output.Attributes ?? {};
  }

  async function deleteItem(key: WireItem, condition: Expression): Promise<WireItem | undefined> {
    const output = await client.send(
      new DeleteItemCommand({ TableName: tableName, Key: key, ConditionExpression: condition.expression, ReturnValues: 'ALL_OLD', ReturnValuesOnConditionCheckFailure: 'ALL_OLD', ...expressionParts(condition) }),
    );
    return output.Attributes;
  }

  /** Performs the plan against the item version read; undefined when there was nothing to delete. */
  async function perform(plan: Plan, request: DynamoRequest, key: WireItem, current: WireItem | undefined): Promise<WireItem | undefined> {
    const changedAt = now();
    const metadata = { _version: { N: String((versionOf(current) ?? 0) + 1) }, _lastChangedAt: { N: String(changedAt) } };
    const condition = withGuard(request.condition, versionGuard(key, current));
    const removing = plan.kind === 'remove' || (plan.kind === 'request' && request.operation === 'DeleteItem');
    if (removing) {
      if (!current) {
        // Nothing to delete and nothing to log; the request's condition is still evaluated, as DynamoDB does.
        await deleteItem(key, condition);
        return undefined;
      }
      if (deltaSync.baseTableTTL === 0) {
        const old = await deleteItem(key, condition);
        return { ...old, ...metadata, _deleted: { BOOL: true } };
      }
      const ttl = Math.floor(changedAt / 1000) + deltaSync.baseTableTTL * 60;
      return updateItem(key, withAssignments(undefined, { ...metadata, _deleted: { BOOL: true }, _ttl: { N: String(ttl) } }), condition);
    }
    if (plan.kind === 'put') return putItem({ ...plan.item, ...metadata }, condition);
    if (request.operation === 'PutItem') return putItem({ ...toWireMap(request.attributeValues), ...key, ...metadata }, condition);
    return updateItem(key, withAssignments(request.update, metadata), condition);
  }

  async function logChange(written: WireItem, request: DynamoRequest, key: WireItem): Promise<DataSourceResult> {
    const record = deltaRecord(
      written,
      {
        dataSourceName: options.dataSourceName,
        changedAt: Number(written._lastChangedAt?.N),
        key,
        version: Number(written._version?.N),
        customPartitionKey: request.customPartitionKey,
        populateIndexFields: request.populateIndexFields,
      },
      deltaSync.deltaSyncTableTTL,
    );
    try {
      await client.send(new PutItemCommand({ TableName: deltaSync.deltaSyncTableName, Item: record }));
    } catch (error) {
      // The base write stands (AppSync writes the two tables one after the other, not in a transaction).
      return { error: { type: 'DeltaSyncWriteError', message: `Failed to write the delta sync record: ${dynamoErrorOf(error).message}` }, result: toPlainItem(written) };
    }
    return { result: toPlainItem(written) };
  }

  async function attempt(request: DynamoRequest, key: WireItem, call: DataSourceCall | undefined): Promise<DataSourceResult | typeof RACED> {
    const current = await stored(key);
    let plan: Plan = { kind: 'request' };
    const sync = call && options.syncConfigs[`${call.typeName}.${call.fieldName}`];
    const handler = conflictHandlerOf(sync);
    const expected = request._version === undefined || request._version === null ? undefined : Number(request._version);
    // A request without _version conflicts with any versioned item (AWS: a plain API delete is "rejected").
    if (current && handler && expected !== versionOf(current)) {
      const reference = sync?.lambdaConflictHandlerConfig?.lambdaConflictHandlerArn;
      const decision = await resolveConflict(
        { tableName, region: options.region, preview: options.preview, lambda: reference ? options.lambdaFunction(reference) : undefined },
        { handler, request, key, current, call },
      );
      if (decision.kind === 'reject') return conflictUnhandled(current);
      if (decision.kind === 'error') return { error: decision.error, result: toPlainItem(current) };
      plan = decision;
    }
    try {
      const written = await perform(plan, request, key, current);
      return written ? await logChange(written, request, key) : { result: null };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const found = (error as { Item?: WireItem }).Item;
      if (raced(current, found)) return RACED;
      // The guard held, so the resolver's own condition failed: reported as on any data source.
      return { error: dynamoErrorOf(error), result: toPlainItem(found) };
    }
  }

  return async function write(request: DynamoRequest, call?: DataSourceCall): Promise<DataSourceResult> {
    const metadata = metadataWritten(request);
    if (metadata) {
      return { error: { type: 'BadRequest', message: `Cannot write ${metadata}: AppSync maintains _version, _lastChangedAt, _deleted and _ttl on versioned data sources.` } };
    }
    const key = toWireMap(request.key) ?? {};
    for (let round = 0; round < MAX_ATTEMPTS; round += 1) {
      const outcome = await attempt(request, key, call);
      if (outcome !== RACED) return outcome;
    }
    return { error: { type: 'MaxConflicts', message: `Gave up after ${MAX_ATTEMPTS} attempts: the item kept changing under concurrent writes.` } };
  };
}
