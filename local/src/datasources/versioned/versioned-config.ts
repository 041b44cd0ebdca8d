// The settings of AppSync's versioned DynamoDB data sources (DynamoDBConfig `versioned` + DeltaSyncConfig) and of
// a resolver's SyncConfig, named as AppSync's API names them, and the checks AppSync applies when they are saved.
import type { Invocation } from '../lambda';

export interface DeltaSyncConfig {
  /** Where every change made through the data source is logged (created at start when not declared). */
  deltaSyncTableName: string;
  /** Minutes a tombstone stays in the base table; 0 deletes items for real. */
  baseTableTTL: number;
  /** Minutes a change stays in the delta table; older `lastSync` values make Sync scan the base table. */
  deltaSyncTableTTL: number;
}

export type ConflictHandlerType = 'OPTIMISTIC_CONCURRENCY' | 'AUTOMERGE' | 'LAMBDA' | 'NONE';

export interface SyncConfig {
  conflictDetection: 'VERSION' | 'NONE';
  conflictHandler?: ConflictHandlerType;
  /** LAMBDA: the function's ARN or name; it must be one of the config's AWS_LAMBDA data sources. */
  lambdaConflictHandlerConfig?: { lambdaConflictHandlerArn: string };
}

/** Runs a configured Lambda function once with a raw event. */
export type FunctionInvoker = (event: unknown) => Promise<Invocation>;
/** Finds a configured Lambda function by ARN or name. */
export type FunctionLookup = (reference: string) => FunctionInvoker | undefined;

/** The handler a version conflict goes to, or none when the resolver does not detect conflicts. */
export function conflictHandlerOf(sync: SyncConfig | undefined): Exclude<ConflictHandlerType, 'NONE'> | undefined {
  if (sync?.conflictDetection !== 'VERSION') return undefined;
  // [U] VERSION detection without a handler (or NONE) is read as AppSync's default, rejecting the mutation.
  return !sync.conflictHandler || sync.conflictHandler === 'NONE' ? 'OPTIMISTIC_CONCURRENCY' : sync.conflictHandler;
}

export function checkDeltaSyncConfig(dataSource: string, versioned: boolean | undefined, config: DeltaSyncConfig | undefined): void {
  if (!versioned) {
    if (config) throw new Error(`Data source ${dataSource}: deltaSyncConfig needs versioned: true`);
    return;
  }
  if (!config?.deltaSyncTableName) throw new Error(`Data source ${dataSource}: a versioned data source needs deltaSyncConfig.deltaSyncTableName`);
  for (const field of ['baseTableTTL', 'deltaSyncTableTTL'] as const) {
    const value = config[field];
    if (!Number.isInteger(value) || value < 0) throw new Error(`Data source ${dataSource}: deltaSyncConfig.${field} must be a whole number of minutes ≥ 0`);
  }
}

export function checkSyncConfig(field: string, sync: SyncConfig, lookup: FunctionLookup): void {
  if (sync.conflictDetection !== 'VERSION' && sync.conflictDetection !== 'NONE') {
    throw new Error(`syncConfigs['${field}'].conflictDetection must be VERSION or NONE`);
  }
  if (sync.conflictHandler === 'LAMBDA') {
    const reference = sync.lambdaConflictHandlerConfig?.lambdaConflictHandlerArn;
    if (!reference || !lookup(reference)) {
      throw new Error(`syncConfigs['${field}']: LAMBDA needs lambdaConflictHandlerConfig.lambdaConflictHandlerArn naming an AWS_LAMBDA data source (got ${reference ?? 'nothing'})`);
    }
  }
}
