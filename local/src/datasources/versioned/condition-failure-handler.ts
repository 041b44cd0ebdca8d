// conditionalCheckFailedHandler `{strategy: 'Custom', lambdaArn}` (JS reference "Condition expressions" → Handling
// a condition check failure): after a failed condition (and no idempotent match) the Lambda receives
// `{arguments, requestMapping, currentValue, resolver, identity}` and answers `reject` (the usual error),
// `discard` (success with the stored item) or `retry` with a `retryMapping` that replaces parts of the request.
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceCall, DataSourceResult } from '../data-source';
import type { DynamoRequest } from '../dynamodb-request';
import { toPlainItem, toWireMap } from '../dynamodb-values';
import { unhandled } from '../lambda';
import { toAppSyncTyped } from './attribute-values';
import { handlerEventBase } from './handler-event';
import type { FunctionLookup } from './versioned-config';

export interface ConditionFailureOptions {
  client: DynamoDBClient;
  tableName: string;
  region: string;
  lambdaFunction: FunctionLookup;
}

/** What a retryMapping may replace, per operation; the key and the operation stay the request's. */
const RETRYABLE: Record<string, (keyof DynamoRequest)[]> = {
  PutItem: ['attributeValues', 'condition'],
  UpdateItem: ['update', 'condition'],
  DeleteItem: ['condition'],
};

/** [U] AWS documents no bound on retries; a handler that always retries must not spin forever. */
const MAX_RETRIES = 5;

const wantsCustom = (request: DynamoRequest, outcome: DataSourceResult) =>
  outcome.error?.type === 'DynamoDB:ConditionalCheckFailedException' && request.condition?.conditionalCheckFailedHandler?.strategy === 'Custom';

const invalid = (message: string): DataSourceResult => ({ error: { type: 'MappingTemplate', message } });

export function createConditionFailureHandler(options: ConditionFailureOptions) {
  const { client, tableName } = options;

  return async function onConditionFailure(
    request: DynamoRequest,
    outcome: DataSourceResult,
    call: DataSourceCall | undefined,
    rerun: (retry: DynamoRequest) => Promise<DataSourceResult>,
  ): Promise<DataSourceResult> {
    let attempt = request;
    let result = outcome;
    for (let retries = 0; wantsCustom(attempt, result); retries += 1) {
      if (retries >= MAX_RETRIES) return result;
      const reference = attempt.condition!.conditionalCheckFailedHandler!.lambdaArn;
      const lambda = reference ? options.lambdaFunction(reference) : undefined;
      if (!lambda) return invalid(`conditionalCheckFailedHandler: no AWS_LAMBDA data source is configured for lambdaArn ${reference ?? '(missing)'}.`);
      const { Item: current } = await client.send(new GetItemCommand({ TableName: tableName, Key: toWireMap(attempt.key), ConsistentRead: true }));
      const base = handlerEventBase(call, tableName, options.region);
      const answer = await lambda({
        arguments: base.arguments,
        requestMapping: attempt,
        currentValue: current ? toAppSyncTyped(current) : null,
        resolver: base.resolver,
        identity: base.identity,
      });
      if (!answer.ok) return { error: unhandled(answer.error?.errorMessage ?? 'unknown error'), result: result.result };
      const { action, retryMapping } = (answer.value ?? {}) as { action?: unknown; retryMapping?: Record<string, unknown> };
      if (action === 'reject') return result;
      if (action === 'discard') return { result: toPlainItem(current) };
      if (action !== 'retry' || !retryMapping || typeof retryMapping !== 'object') {
        return invalid(`conditionalCheckFailedHandler answered ${JSON.stringify(answer.value)}; expected action reject, discard, or retry with a retryMapping.`);
      }
      const replaced = Object.fromEntries((RETRYABLE[attempt.operation] ?? []).filter((field) => field in retryMapping).map((field) => [field, retryMapping[field]]));
      attempt = { ...attempt, ...replaced };
      result = await rerun(attempt);
    }
    return result;
  };
}
