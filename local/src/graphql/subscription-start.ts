// Starts one subscription from a realtime `start` message (appsync-spec.md §10.3): validate, check
// directive auth, run the subscription resolver, then listen to every mutation of @aws_subscribe.
// Each published result is filtered by the subscriber's arguments and projected onto its selection.
import { isDeepStrictEqual } from 'node:util';
import { execute, getArgumentValues, getOperationAST, getVariableValues, Kind, type FieldNode, type GraphQLSchema } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { isAuthorized, type AuthRule } from '../auth/directives';
import { formatError, formatRequestError, type AppSyncErrorJson } from './appsync-errors';
import type { CachedDocument } from './document-cache';
import type { ExecutionContext } from './executable-schema';
import { mutationTopic, type PublishedMutation } from './execute-operation';
import type { FieldCall, FieldOutcome, LoadedResolver } from './resolver-runner';
import { selectionSetGraphQL, selectionSetList } from './selection-set';

export interface SubscriptionRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
  auth: AuthContext;
  headers: Record<string, string>;
  send(payload: { data: unknown; errors?: unknown[] }): void;
}

export interface SubscriptionStarterOptions {
  schema: GraphQLSchema;
  rules: Map<string, AuthRule>;
  resolvers: Map<string, LoadedResolver>;
  loadDocument(query: string): CachedDocument;
  listen(topic: string, listener: (event: PublishedMutation) => void): () => void;
  run(resolver: LoadedResolver, call: FieldCall): Promise<FieldOutcome>;
}

type StartError = AppSyncErrorJson & { errorType: string };
type StartResult = { errors: StartError[] } | { stop(): void };

function refuse(errorType: string, message: string): StartResult {
  return { errors: [{ errorType, message }] };
}

/** Mutation names listed in the field's @aws_subscribe(mutations: [...]). */
function subscribedMutations(schema: GraphQLSchema, fieldName: string): string[] {
  const field = schema.getSubscriptionType()?.getFields()[fieldName];
  const directive = field?.astNode?.directives?.find((candidate) => candidate.name.value === 'aws_subscribe');
  const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'mutations');
  if (!argument || argument.value.kind !== Kind.LIST) {
    return [];
  }
  return argument.value.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : []));
}

/** Every argument the subscriber gave must equal the same-named field of the published result. */
function argumentsMatch(args: Record<string, unknown>, data: unknown): boolean {
  for (const [name, expected] of Object.entries(args)) {
    if (expected === null || expected === undefined) {
      continue;
    }
    const record = data as Record<string, unknown> | null;
    if (!record || !Object.hasOwn(record, name) || !isDeepStrictEqual(record[name], expected)) {
      return false;
    }
  }
  return true;
}

export function createSubscriptionStarter(options: SubscriptionStarterOptions) {
  const { schema, rules, resolvers, loadDocument, listen, run } = options;

  return async function startSubscription(request: SubscriptionRequest): Promise<StartResult> {
    const loaded = loadDocument(request.query);
    if (!loaded.document) {
      return { errors: loaded.errors.map(formatRequestError) };
    }
    const operation = getOperationAST(loaded.document, request.operationName ?? undefined);
    if (!operation || operation.operation !== 'subscription') {
      return refuse('UnsupportedOperation', 'Only subscription operations are supported through the realtime channel.');
    }
    const rootFields = operation.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
    if (rootFields.length !== 1 || operation.selectionSet.selections.length !== 1) {
      return refuse('ValidationError', 'A subscription operation must select exactly one root field.');
    }
    const fieldNode = rootFields[0];
    const fieldName = fieldNode.name.value;
    const subscriptionType = schema.getSubscriptionType()!;
    const fieldDefinition = subscriptionType.getFields()[fieldName];

    if (!isAuthorized(rules.get(`${subscriptionType.name}.${fieldName}`)!, request.auth)) {
      return refuse('Unauthorized', `Not Authorized to access ${fieldName} on type ${subscriptionType.name}`);
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables);
    if (coerced.errors) {
      return { errors: coerced.errors.map(formatRequestError) };
    }
    const args = getArgumentValues(fieldDefinition, fieldNode, coerced.coerced);

    const resolver = resolvers.get(`${subscriptionType.name}.${fieldName}`);
    if (resolver) {
      try {
        await run(resolver, {
          typeName: subscriptionType.name,
          fieldName,
          args,
          source: null,
          identity: request.auth.identity,
          authType: request.auth.mode,
          variables: coerced.coerced,
          selectionSetList: selectionSetList([fieldNode], {}),
          selectionSetGraphQL: selectionSetGraphQL([fieldNode]),
          headers: request.headers,
        });
      } catch (error) {
        const info = (error as { extensions?: { appsync?: { errorType: string | null; message: string } } }).extensions?.appsync;
        return refuse(info?.errorType ?? 'Code', info?.message ?? String(error));
      }
    }

    const deliver = async (event: PublishedMutation) => {
      if (!argumentsMatch(args, event.data)) {
        return;
      }
      const context: ExecutionContext = { auth: request.auth, headers: request.headers, appended: [], delivery: event.data };
      const result = await execute({ schema, document: loaded.document, operationName: request.operationName ?? undefined, variableValues: request.variables, contextValue: context });
      const errors = [...(result.errors ?? []), ...context.appended];
      request.send(errors.length ? { data: result.data ?? null, errors: errors.map(formatError) } : { data: result.data ?? null });
    };
    const unsubscribes = subscribedMutations(schema, fieldName).map((mutation) => listen(mutationTopic(mutation), (event) => void deliver(event)));
    return {
      stop() {
        unsubscribes.forEach((unsubscribe) => unsubscribe());
      },
    };
  };
}
