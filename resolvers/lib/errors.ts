// Error types Herald's resolvers raise (stable strings clients can switch on) and the shared
// data-source error checks. Resolvers raise errors only through util.error.
import { util } from '@aws-appsync/utils';

export const ErrorType = {
  Validation: 'ValidationError',
  NotFound: 'NotFound',
  Conflict: 'ConflictError',
  BadToken: 'BadNextToken',
  InvalidToken: 'InvalidToken',
} as const;

interface DataSourceOutcome {
  error?: { message: string; type: string } | null;
  result?: unknown;
}

/** Returns the data source's result, or raises its error unchanged (AppSync never does it for us). */
export function resultOrError<T>(ctx: DataSourceOutcome): T {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result as T;
}

/** True when the call failed because a condition expression did not hold. */
export function isConditionFailure(ctx: DataSourceOutcome): boolean {
  return !!ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException';
}

interface CancellationReason {
  type?: string;
}

/**
 * For a cancelled transaction: which of its items failed their condition (by position).
 * Returns null when the call did not fail as a cancelled transaction.
 */
export function failedConditions(ctx: DataSourceOutcome): boolean[] | null {
  if (!ctx.error || ctx.error.type !== 'DynamoDB:TransactionCanceledException') {
    return null;
  }
  const result = ctx.result as { cancellationReasons?: CancellationReason[] } | null;
  const reasons = result && result.cancellationReasons ? result.cancellationReasons : [];
  return reasons.map((reason) => reason.type === 'ConditionalCheckFailed');
}

/** A cancelled transaction whose cause was contention, not a condition: the caller may retry. */
export function isTransactionConflict(ctx: DataSourceOutcome): boolean {
  const failed = failedConditions(ctx);
  return failed !== null && failed.indexOf(true) < 0;
}
