// Executes one query or mutation from an HTTP request and publishes each successful root mutation
// field, as selected by the mutating request (appsync-spec.md §10.3 step 2); then applies the
// subscription invalidations its response handlers asked for (§3.6, at most 5 per request) and
// hands back the response headers they added (§3.5).
import { execute, getOperationAST, Kind, NoSchemaIntrospectionCustomRule, parse, validate, type DocumentNode, type FragmentDefinitionNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { formatError, type AppSyncErrorJson } from './appsync-errors';
import type { CachedDocument } from './document-cache';
import type { ExecutionContext } from './executable-schema';
import { canonicalize } from './published-result';
import { createRequestEffects, type Invalidation } from './request-effects';
import { validationError, type ValidationErrorJson } from './validation-errors';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: (AppSyncErrorJson | ValidationErrorJson)[];
}

export interface OperationResult {
  body: GraphQLResponseBody;
  /** util.http.addResponseHeader(s) of the handlers that ran. */
  headers: Record<string, string>;
}

/** A mutation result as the mutating client selected it, keyed by field names (not aliases). */
export interface PublishedMutation {
  mutationField: string;
  data: unknown;
}

export interface OperationExecutorOptions {
  schema: GraphQLSchema;
  loadDocument(query: string): CachedDocument;
  publish(event: PublishedMutation): void;
  /** Ends the subscriptions on `subscriptionField` whose invalidation filter matches `payload`. */
  invalidate?(invalidation: Invalidation): void;
  /** false: introspection fields fail validation, as with AppSync's introspection config DISABLED. */
  introspection?: boolean;
}

/** extensions.invalidateSubscriptions calls per request [D "Extensions"]. */
export const MAX_INVALIDATIONS_PER_REQUEST = 5;

/** A request refused before any handler ran. */
function withoutHeaders(body: GraphQLResponseBody): OperationResult {
  return { body, headers: {} };
}

function requestError(message: string): OperationResult {
  return withoutHeaders({ errors: [{ errorType: 'BadRequestException', message }] });
}

/** The document again, only to name field paths in validation messages (the cache keeps errors only). */
function parsedOrUndefined(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

export function createOperationExecutor({ schema, loadDocument, publish, invalidate, introspection = true }: OperationExecutorOptions) {
  // Per cached document (entries go with it): the introspection fields it uses where introspection is off.
  const introspectionErrors = new WeakMap<DocumentNode, GraphQLError[]>();
  function refusedIntrospection(document: DocumentNode): GraphQLError[] {
    let errors = introspectionErrors.get(document);
    if (!errors) {
      // graphql-js also flags fields below __schema; graphql-java only knows __schema/__type are undefined.
      errors = validate(schema, document, [NoSchemaIntrospectionCustomRule]).filter((error) => /field "__/.test(error.message));
      introspectionErrors.set(document, errors);
    }
    return errors;
  }

  return async function executeOperation(body: GraphQLRequestBody, auth: AuthContext, headers: Record<string, string>): Promise<OperationResult> {
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
      const document = parsedOrUndefined(body.query);
      return withoutHeaders({ data: null, errors: loaded.errors.map((error) => validationError(error, document)) });
    }
    if (!introspection) {
      const refused = refusedIntrospection(loaded.document);
      if (refused.length > 0) {
        return withoutHeaders({ data: null, errors: refused.map((error) => validationError(error, loaded.document)) });
      }
    }
    const operation = getOperationAST(loaded.document, operationName);
    if (operation?.operation === 'subscription') {
      return withoutHeaders({ errors: [{ errorType: 'UnsupportedOperation', message: 'Subscriptions are only supported over the realtime WebSocket endpoint.' }] });
    }
    const effects = createRequestEffects();
    const context: ExecutionContext = { auth, headers, appended: [], effects };
    const isMutation = operation?.operation === 'mutation';
    const result = await execute({ schema, document: loaded.document, variableValues: variables as Record<string, unknown>, operationName, contextValue: context });
    if (result.data === undefined && result.errors) {
      // Variable coercion failed before anything ran: a request error, shaped like validation.
      return withoutHeaders({ data: null, errors: result.errors.map((error) => validationError(error, loaded.document)) });
    }
    const errors = [...(result.errors ?? []), ...context.appended];

    if (isMutation && result.data) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of loaded.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) {
          continue;
        }
        const responseKey = selection.alias?.value ?? selection.name.value;
        const failed = errors.some((error) => error.path?.[0] === responseKey);
        const value = result.data[responseKey];
        if (!failed && value != null) {
          publish({ mutationField: selection.name.value, data: canonicalize(value, selection.selectionSet, fragments) });
        }
      }
    }
    const response: GraphQLResponseBody = { data: result.data ?? null };
    const formatted = errors.map(formatError);
    if (effects.invalidations.length > 0) {
      formatted.push(...applyInvalidations(effects.invalidations, invalidate));
    }
    if (formatted.length) {
      response.errors = formatted;
    }
    return { body: response, headers: effects.responseHeaders() };
  };
}

/** Applies up to five distinct invalidations; asking for more is an error of the request [U: wording, and whether the first five still apply]. */
function applyInvalidations(invalidations: Invalidation[], invalidate: OperationExecutorOptions['invalidate']): AppSyncErrorJson[] {
  const distinct = new Map(invalidations.map((invalidation) => [JSON.stringify(invalidation), invalidation]));
  for (const invalidation of [...distinct.values()].slice(0, MAX_INVALIDATIONS_PER_REQUEST)) {
    invalidate?.(invalidation);
  }
  if (distinct.size <= MAX_INVALIDATIONS_PER_REQUEST) {
    return [];
  }
  return [
    {
      data: null,
      errorType: 'LimitExceededError',
      errorInfo: null,
      message: `A request can invalidate subscriptions at most ${MAX_INVALIDATIONS_PER_REQUEST} times; ${distinct.size - MAX_INVALIDATIONS_PER_REQUEST} invalidateSubscriptions calls were ignored.`,
    },
  ];
}
