// AppSync's error objects (appsync-spec.md §8.3): every error carries path, data, errorType,
// errorInfo, locations (with sourceName null) and message, in that order.
import { GraphQLError, type FieldNode } from 'graphql';
import type { AppSyncErrorInfo } from '../runtime';
import { messageOf } from './validation-errors';

export interface AppSyncErrorJson {
  path?: (string | number)[];
  data?: unknown;
  errorType?: string | null;
  errorInfo?: unknown;
  locations?: { line: number; column: number; sourceName: null }[];
  message: string;
}

/** Thrown by field resolution; graphql-js keeps `extensions` when it adds path and locations. */
export class AppSyncFieldError extends Error {
  readonly extensions: { appsync: AppSyncErrorInfo };

  constructor(info: AppSyncErrorInfo) {
    super(info.message);
    this.extensions = { appsync: info };
  }
}

export function fieldError(info: AppSyncErrorInfo, nodes: readonly FieldNode[], path: (string | number)[]): GraphQLError {
  return new GraphQLError(info.message, { nodes, path, extensions: { appsync: info } });
}

export function formatError(error: GraphQLError): AppSyncErrorJson {
  const appsync = error.extensions?.appsync as AppSyncErrorInfo | undefined;
  return {
    path: error.path ? [...error.path] : undefined,
    data: appsync?.data ?? null,
    errorType: appsync?.errorType ?? null,
    errorInfo: appsync?.errorInfo ?? null,
    locations: (error.locations ?? []).map(({ line, column }) => ({ line, column, sourceName: null })),
    message: error.message,
  };
}

/**
 * Parse, validation and variable errors of a realtime `start`: graphql-java's wording, no locations
 * [O amplify-js#7114, amplify-cli#6230, amplify-swift#1589: those frames carry `{message}` only].
 */
export function formatRequestError(error: GraphQLError): AppSyncErrorJson & { errorType: string } {
  // DIVERGENCE: AppSync sends no errorType here; the start path's error type still requires one.
  return { errorType: 'ValidationError', message: messageOf(error) };
}
