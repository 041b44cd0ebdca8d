// Lambda data-source requests and results. Herald's functions answer a bad request with
// { refused: { errorType, message } } instead of throwing, so the resolver can raise a typed error.
import { util } from '@aws-appsync/utils';
import { resultOrError } from './errors';

/** Fire-and-forget invocation: the mutation never waits for mail or fan-out. */
export function invokeAsync(payload: unknown) {
  return { operation: 'Invoke' as const, invocationType: 'Event' as const, payload };
}

export function invoke(payload: unknown) {
  return { operation: 'Invoke' as const, payload };
}

interface Refused {
  refused?: { errorType: string; message: string };
}

/** The function's answer, or its refusal / failure raised as a field error. */
export function lambdaResult<T>(ctx: { error?: { message: string; type: string } | null; result?: unknown }): T {
  const result = resultOrError<T & Refused>(ctx);
  if (result && result.refused) {
    util.error(result.refused.message, result.refused.errorType);
  }
  return result;
}
