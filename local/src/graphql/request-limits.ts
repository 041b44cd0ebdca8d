// AppSync's per-API execution limits (appsync-spec.md §11): query depth, resolvers per request,
// introspection and request size. Depth and resolver count fail single fields, as AppSync does, not the
// request; an oversized body is refused before auth (http/node-adapter.ts).
import type { GraphQLResolveInfo } from 'graphql';
import type { AppSyncErrorInfo } from '../runtime';

export interface RequestLimits {
  /** 1–75 nested levels; 0 or absent = no limit (AppSync's default). */
  queryDepthLimit?: number;
  /** 1–10000 resolver invocations per request; 0 or absent = 10000 (AppSync's default). */
  resolverCountLimit?: number;
  /** Introspection queries allowed (default true, as on AppSync). */
  introspection?: boolean;
  /** Largest POST body in bytes; a larger one gets HTTP 413 (default DEFAULT_MAX_REQUEST_BYTES). */
  maxRequestBytes?: number;
}

export const DEFAULT_RESOLVER_COUNT_LIMIT = 10_000;

/**
 * [U] AppSync documents no request-size quota; 5 MB matches its largest documented payload limits
 * (evaluated template, response size). Configurable because a real API may be stricter.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** Per-request counter, kept on the graphql-js context. */
export interface ResolverCounter {
  resolverCalls?: number;
}

/** Depth of a field: 1 for root fields; list indices do not count. */
export function fieldDepth(path: GraphQLResolveInfo['path']): number {
  let depth = 0;
  for (let entry: GraphQLResolveInfo['path'] | undefined = path; entry; entry = entry.prev) {
    if (typeof entry.key === 'string') depth += 1;
  }
  return depth;
}

function limitError(message: string, errorType: string): AppSyncErrorInfo {
  return { message, errorType, data: null, errorInfo: null };
}

/**
 * The error a field deeper than the limit gets instead of resolving: errorType QueryDepthLimitReached,
 * null propagating to the first nullable parent [D configuration-limits]; scalar leaves count as a level
 * and errorInfo stays empty [O Molecule's AppSync API docs]. The message is [U] (AWS shows it only in a screenshot).
 */
export function depthError(limits: RequestLimits, info: GraphQLResolveInfo): AppSyncErrorInfo | null {
  const limit = limits.queryDepthLimit ?? 0;
  if (limit <= 0 || fieldDepth(info.path) <= limit) return null;
  return limitError(`Query depth limit of ${limit} exceeded.`, 'QueryDepthLimitReached');
}

/** Counts one resolver invocation; the error once the request has used up its resolvers. */
export function resolverCountError(limits: RequestLimits, counter: ResolverCounter): AppSyncErrorInfo | null {
  const limit = limits.resolverCountLimit || DEFAULT_RESOLVER_COUNT_LIMIT;
  counter.resolverCalls = (counter.resolverCalls ?? 0) + 1;
  // errorType [D configuration-limits]; the message as quoted in amplify-js#8342's title, trailing period [U].
  return counter.resolverCalls > limit ? limitError('Resolver invocation limit reached.', 'ResolverExecutionLimitReached') : null;
}
