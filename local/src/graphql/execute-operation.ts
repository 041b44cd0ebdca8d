// Executes one query or mutation from an HTTP request and publishes each successful root mutation
// field to the pub/sub bus, as selected by the mutating request (appsync-spec.md §10.3 step 2).
import { execute, getOperationAST, Kind, type GraphQLSchema } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { formatError, formatRequestError, type AppSyncErrorJson } from './appsync-errors';
import type { CachedDocument } from './document-cache';
import type { ExecutionContext } from './executable-schema';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: AppSyncErrorJson[];
}

/** A mutation result as the mutating client selected it. */
export interface PublishedMutation {
  mutationField: string;
  data: unknown;
}

export interface OperationExecutorOptions {
  schema: GraphQLSchema;
  loadDocument(query: string): CachedDocument;
  publish(topic: string, event: PublishedMutation): void;
}

export const mutationTopic = (fieldName: string) => `mutation:${fieldName}`;

function requestError(message: string): GraphQLResponseBody {
  return { errors: [{ errorType: 'BadRequestException', message }] };
}

export function createOperationExecutor({ schema, loadDocument, publish }: OperationExecutorOptions) {
  return async function executeOperation(body: GraphQLRequestBody, auth: AuthContext, headers: Record<string, string>): Promise<GraphQLResponseBody> {
    if (typeof body.query !== 'string') {
      return requestError('The request body must be a JSON object with a "query" string.');
    }
    const variables = body.variables ?? {};
    if (typeof variables !== 'object' || Array.isArray(variables)) {
      return requestError('"variables" must be a JSON object.');
    }
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const loaded = loadDocument(body.query);
    if (!loaded.document) {
      return { errors: loaded.errors.map(formatRequestError) };
    }
    const operation = getOperationAST(loaded.document, operationName);
    if (operation?.operation === 'subscription') {
      return { errors: [{ errorType: 'UnsupportedOperation', message: 'Subscriptions are only supported over the realtime WebSocket endpoint.' }] };
    }
    const context: ExecutionContext = { auth, headers, appended: [] };
    const result = await execute({ schema, document: loaded.document, variableValues: variables as Record<string, unknown>, operationName, contextValue: context });
    const errors = [...(result.errors ?? []), ...context.appended];

    if (operation?.operation === 'mutation' && result.data) {
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) {
          continue;
        }
        const responseKey = selection.alias?.value ?? selection.name.value;
        const failed = errors.some((error) => error.path?.[0] === responseKey);
        const value = result.data[responseKey];
        if (!failed && value != null) {
          publish(mutationTopic(selection.name.value), { mutationField: selection.name.value, data: value });
        }
      }
    }
    const response: GraphQLResponseBody = { data: result.data ?? null };
    if (errors.length) {
      response.errors = errors.map(formatError);
    }
    return response;
  };
}
