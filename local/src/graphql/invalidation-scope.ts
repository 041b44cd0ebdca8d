// Carries extensions.invalidateSubscriptions calls from mutation response handlers to the request that
// ran them: the resolver runner does not pass handler invalidations on, so mutation code is wrapped and
// the calls collected per request through AsyncLocalStorage. Once FieldOutcome carries them, drop this.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ResolverCode } from '../runtime';

export interface Invalidation {
  subscriptionField: string;
  payload: unknown;
}

const scope = new AsyncLocalStorage<Invalidation[]>();

/** Runs one request's execution, returning its result and the invalidations its handlers asked for. */
export async function collectInvalidations<T>(work: () => Promise<T>): Promise<{ result: T; invalidations: Invalidation[] }> {
  const invalidations: Invalidation[] = [];
  const result = await scope.run(invalidations, work);
  return { result, invalidations };
}

/** Resolver code whose response handlers report their invalidations to the running request. */
export function reportingInvalidations(code: ResolverCode): ResolverCode {
  return {
    fileName: code.fileName,
    run(handler, ctx, options) {
      const outcome = code.run(handler, ctx, options);
      // AppSync honours the call in response handlers only; a handler that failed returns no result.
      if (handler === 'response' && !outcome.error && outcome.invalidations.length > 0) {
        scope.getStore()?.push(...outcome.invalidations);
      }
      return outcome;
    },
  };
}
