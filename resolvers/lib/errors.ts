// Error types Herald's resolvers raise (stable strings clients can switch on) and the one shared
// data-source error check. Resolvers raise errors only through util.error.
import { util } from '@aws-appsync/utils';

export const ErrorType = {
  Validation: 'ValidationError',
  NotFound: 'NotFound',
  Conflict: 'ConflictError',
  BadToken: 'BadNextToken',
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

/** True when the data-source call failed because a condition expression did not hold. */
export function isConditionFailure(ctx: DataSourceOutcome): boolean {
  return !!ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException';
}
