// TransactGetItems / TransactWriteItems for the DynamoDB data source (appsync-spec.md §5): real table
// names per item, all-or-nothing, cancellation reasons in ctx.result when the engine cancels.
import {
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  type CancellationReason,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { DataSourceRequestError, type DataSourceResult } from './data-source';
import { accessDenied, dynamoErrorOf } from './dynamodb-errors';
import { expressionParts, type DynamoRequest, type TransactItem } from './dynamodb-request';
import { toPlainItem, toWireMap } from './dynamodb-values';
import type { BatchDeps } from './dynamodb-batch';

interface AppSyncCancellationReason {
  item?: Record<string, unknown> | null;
  type: string;
  message: string;
}

function itemsOf(request: DynamoRequest): TransactItem[] {
  if (!Array.isArray(request.transactItems)) {
    throw new DataSourceRequestError("Value for field '$[transactItems]' not found.");
  }
  return request.transactItems;
}

/**
 * AppSync's documented shape: `type` is DynamoDB's reason code ('None' for items that did not cause
 * the cancellation), `message` its text ('None' when DynamoDB gives none), `item` only when DynamoDB
 * returned the current item (condition failures with returnValuesOnConditionCheckFailure ≠ false).
 */
function cancellationReasons(reasons: CancellationReason[] | undefined): AppSyncCancellationReason[] {
  return (reasons ?? []).map((reason) => ({
    ...(reason.Item ? { item: toPlainItem(reason.Item) } : {}),
    type: reason.Code ?? 'None',
    message: reason.Message ?? 'None',
  }));
}

/** A cancelled transaction sets ctx.error and still hands the reasons to the response handler. */
function cancelled(error: unknown, emptyField: 'items' | 'keys'): DataSourceResult {
  const failure = error as { name?: string; CancellationReasons?: CancellationReason[] };
  if (failure?.name !== 'TransactionCanceledException') {
    throw error;
  }
  return { error: dynamoErrorOf(error), result: { [emptyField]: null, cancellationReasons: cancellationReasons(failure.CancellationReasons) } };
}

function denied(items: TransactItem[], allowed: ReadonlySet<string>, action: string): DataSourceResult | undefined {
  const table = items.map((item) => item.table).find((name) => !allowed.has(name));
  return table === undefined ? undefined : { error: accessDenied(action, String(table)) };
}

export async function transactGet({ client, allowedTables }: BatchDeps, request: DynamoRequest): Promise<DataSourceResult> {
  const items = itemsOf(request);
  const refused = denied(items, allowedTables, 'GetItem');
  if (refused) {
    return refused;
  }
  try {
    const output = await client.send(
      new TransactGetItemsCommand({
        TransactItems: items.map((item) => ({
          Get: {
            TableName: item.table,
            Key: toWireMap(item.key),
            ProjectionExpression: item.projection?.expression,
            ExpressionAttributeNames: item.projection?.expressionNames,
          },
        })),
      }),
    );
    return { result: { items: (output.Responses ?? []).map((response) => toPlainItem(response.Item)), cancellationReasons: null } };
  } catch (error) {
    return cancelled(error, 'items');
  }
}

function writeItem(item: TransactItem): TransactWriteItem {
  const condition = item.condition;
  const common = {
    TableName: item.table,
    Key: toWireMap(item.key),
    ConditionExpression: condition?.expression,
    ReturnValuesOnConditionCheckFailure: condition ? (condition.returnValuesOnConditionCheckFailure === false ? 'NONE' : 'ALL_OLD') : undefined,
  } as const;
  switch (item.operation) {
    case 'PutItem': {
      const { Key, ...rest } = common;
      return { Put: { ...rest, Item: toWireMap({ ...item.attributeValues, ...item.key }), ...expressionParts(condition) } };
    }
    case 'UpdateItem':
      return { Update: { ...common, UpdateExpression: item.update?.expression, ...expressionParts(item.update, condition) } };
    case 'DeleteItem':
      return { Delete: { ...common, ...expressionParts(condition) } };
    case 'ConditionCheck':
      if (!condition?.expression) {
        throw new DataSourceRequestError("Value for field '$[transactItems][condition]' not found.");
      }
      return { ConditionCheck: { ...common, ConditionExpression: condition.expression, ...expressionParts(condition) } };
    default:
      throw new DataSourceRequestError(`Unsupported operation '${String((item as { operation?: unknown }).operation)}' in transactItems.`);
  }
}

export async function transactWrite({ client, allowedTables }: BatchDeps, request: DynamoRequest): Promise<DataSourceResult> {
  const items = itemsOf(request);
  const refused = denied(items, allowedTables, 'TransactWriteItems');
  if (refused) {
    return refused;
  }
  const transactItems = items.map(writeItem);
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: transactItems }));
    return { result: { keys: items.map((item) => toPlainItem(toWireMap(item.key))), cancellationReasons: null } };
  } catch (error) {
    return cancelled(error, 'keys');
  }
}
