// What a version conflict becomes under the resolver's handler ("Conflict detection and resolution"):
// OPTIMISTIC_CONCURRENCY rejects, AUTOMERGE merges the mutation into the stored item, LAMBDA asks the function
// (`{newItem, existingItem, arguments, resolver, identity}` → RESOLVE with an item, REJECT or REMOVE).
import type { DataSourceCall, DataSourceError } from '../data-source';
import type { DynamoRequest } from '../dynamodb-request';
import { toPlainItem, toWireMap } from '../dynamodb-values';
import { fromPlain, type WireItem } from './attribute-values';
import { automerge, changedAttributes } from './automerge';
import { handlerEventBase } from './handler-event';
import type { UpdatePreview } from './update-preview';
import type { ConflictHandlerType, FunctionInvoker } from './versioned-config';

export type ConflictDecision =
  | { kind: 'put'; item: WireItem }
  | { kind: 'remove' }
  | { kind: 'reject' }
  | { kind: 'error'; error: DataSourceError };

export interface Conflict {
  handler: Exclude<ConflictHandlerType, 'NONE'>;
  request: DynamoRequest;
  key: WireItem;
  /** The item as stored, whose `_version` the request did not carry. */
  current: WireItem;
  call?: DataSourceCall;
}

export interface ConflictDeps {
  tableName: string;
  region: string;
  preview: UpdatePreview;
  /** The LAMBDA handler's function (resolved from the resolver's SyncConfig). */
  lambda?: FunctionInvoker;
}

/** What the mutation would make of the item: the request's item for PutItem, the update's result for UpdateItem. */
async function incomingItem(deps: ConflictDeps, { request, key, current }: Conflict): Promise<WireItem | null> {
  if (request.operation === 'PutItem') return { ...toWireMap(request.attributeValues), ...key };
  if (request.operation === 'UpdateItem') return deps.preview(current, key, request.update);
  return null;
}

const conflictError = (message: string): ConflictDecision => ({ kind: 'error', error: { type: 'ConflictError', message } });

async function askLambda(deps: ConflictDeps, conflict: Conflict): Promise<ConflictDecision> {
  if (!deps.lambda) return conflictError('No Lambda conflict handler is configured for this resolver.');
  const newItem = await incomingItem(deps, conflict);
  const event = {
    newItem: newItem && toPlainItem(newItem),
    existingItem: toPlainItem(conflict.current),
    ...handlerEventBase(conflict.call, deps.tableName, deps.region),
  };
  const answer = await deps.lambda(event);
  if (!answer.ok) return conflictError(`Lambda conflict handler failed: ${answer.error?.errorMessage ?? 'unknown error'}`);
  const { action, item } = (answer.value ?? {}) as { action?: unknown; item?: unknown };
  switch (action) {
    case 'RESOLVE':
      if (!item || typeof item !== 'object' || Array.isArray(item)) return conflictError('Lambda conflict handler answered RESOLVE without an item.');
      // The key is the request's: a handler cannot move the mutation to another item.
      return { kind: 'put', item: { ...fromPlain(item as Record<string, unknown>), ...conflict.key } };
    case 'REJECT':
      return { kind: 'reject' };
    case 'REMOVE':
      return { kind: 'remove' };
    default:
      return conflictError(`Lambda conflict handler answered an invalid action: ${JSON.stringify(action ?? null)}.`);
  }
}

export async function resolveConflict(deps: ConflictDeps, conflict: Conflict): Promise<ConflictDecision> {
  switch (conflict.handler) {
    case 'OPTIMISTIC_CONCURRENCY':
      return { kind: 'reject' };
    case 'LAMBDA':
      return askLambda(deps, conflict);
    case 'AUTOMERGE': {
      // [U] AWS documents merge rules for item values only; a stale delete has nothing to merge and is rejected.
      const incoming = await incomingItem(deps, conflict);
      if (!incoming) return { kind: 'reject' };
      const changes = conflict.request.operation === 'UpdateItem' ? changedAttributes(conflict.current, incoming) : incoming;
      return { kind: 'put', item: automerge(conflict.current, changes) };
    }
  }
}
