// Projects a published mutation result onto a subscriber's selection set (appsync-spec.md §10.3
// step 5) and serializes it once: no field resolver runs per event, fields the mutation did not
// select come back null (an error when non-null), and field-level directive auth still applies.
import { buildSchema, execute, printSchema, type DocumentNode, type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { isAuthorized, type AuthRule } from '../auth/directives';
import type { SerializedPayload } from '../realtime/protocol';
import { AppSyncFieldError, formatError } from './appsync-errors';

export interface PayloadRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  /** Any subscriber of the group: field auth depends on the mode and Cognito groups only. */
  auth: AuthContext;
}

interface ProjectionContext {
  auth: AuthContext;
  delivery: unknown;
}

export type PayloadRenderer = (request: PayloadRequest, delivery: unknown) => SerializedPayload;

export function createPayloadRenderer(schema: GraphQLSchema, rules: Map<string, AuthRule>): PayloadRenderer {
  // The same types without resolvers or scalar coercion: the published values are already output values.
  const projection = buildSchema(printSchema(schema));
  const subscriptionType = projection.getSubscriptionType();

  const fieldResolver: GraphQLFieldResolver<unknown, ProjectionContext> = (source, _args, context, info) => {
    if (info.parentType === subscriptionType) {
      // The root field's auth was checked when the subscription started.
      return context.delivery;
    }
    const rule = rules.get(`${info.parentType.name}.${info.fieldName}`);
    if (rule && !isAuthorized(rule, context.auth)) {
      throw new AppSyncFieldError({ message: `Not Authorized to access ${info.fieldName} on type ${info.parentType.name}`, errorType: 'Unauthorized', data: null, errorInfo: null });
    }
    return typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[info.fieldName] : undefined;
  };

  return (request, delivery) => {
    // Synchronous: no resolver here returns a promise.
    const result = execute({
      schema: projection,
      document: request.document,
      operationName: request.operationName ?? undefined,
      variableValues: request.variables,
      contextValue: { auth: request.auth, delivery } satisfies ProjectionContext,
      fieldResolver,
    }) as ExecutionResult;
    const body = result.errors?.length ? { data: result.data ?? null, errors: result.errors.map(formatError) } : { data: result.data ?? null };
    const json = JSON.stringify(body);
    return { json, bytes: Buffer.byteLength(json) };
  };
}
