// Starts one subscription from a realtime `start` message (appsync-spec.md §10.3): validate, check
// directive auth, run the subscription resolver and check the filters it set, then join the
// delivery group of every subscriber that would receive the very same payloads.
import { isDeepStrictEqual } from 'node:util';
import { getArgumentValues, getOperationAST, getVariableValues, Kind, type FieldNode, type GraphQLSchema } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { fieldAuthKey, isAuthorized, type AuthRule } from '../auth/directives';
import type { SerializedPayload } from '../realtime/protocol';
import { formatRequestError, type AppSyncErrorJson } from './appsync-errors';
import type { DeliveryGroups, GroupSpec } from './delivery-groups';
import type { CachedDocument } from './document-cache';
import type { FieldCall, FieldOutcome, LoadedResolver } from './resolver-runner';
import { selectionSetGraphQL, selectionSetList } from './selection-set';
import { checkSubscriptionFilter, matchesFilter, type SubscriptionFilter } from './subscription-filters';
import { createPayloadRenderer } from './subscription-payload';

export interface SubscriptionRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
  auth: AuthContext;
  headers: Record<string, string>;
  send(payload: SerializedPayload): void;
  /** Ends the subscription from the server side (invalidation). */
  complete(): void;
}

export interface SubscriptionStarterOptions {
  schema: GraphQLSchema;
  rules: Map<string, AuthRule>;
  resolvers: Map<string, LoadedResolver>;
  loadDocument(query: string): CachedDocument;
  run(resolver: LoadedResolver, call: FieldCall): Promise<FieldOutcome>;
  deliveries: DeliveryGroups;
}

type StartError = AppSyncErrorJson & { errorType: string };
type StartResult = { errors: StartError[] } | { stop(): void };

function refuse(errorType: string, message: string): StartResult {
  return { errors: [{ errorType, message }] };
}

/** JSON with object keys sorted, so equal values give equal group keys. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, nested]) => nested !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, nested]) => `${JSON.stringify(key)}:${stableJson(nested)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Every argument the subscriber gave (non-null) must equal the same-named field of the published result. */
function argumentFilter(args: Record<string, unknown>): (data: unknown) => boolean {
  const required = Object.entries(args).filter(([, expected]) => expected !== null && expected !== undefined);
  return (data) => {
    const record = data as Record<string, unknown> | null;
    return required.every(([name, expected]) => record !== null && typeof record === 'object' && Object.hasOwn(record, name) && isDeepStrictEqual(record[name], expected));
  };
}

/** A filter the resolver set, checked against AppSync's limits; undefined when it set none. */
function checkedFilter(raw: unknown): { filter?: SubscriptionFilter; message?: string } {
  if (raw === undefined || raw === null) return {};
  const checked = checkSubscriptionFilter(raw);
  return checked.ok ? { filter: checked.filter } : { message: checked.message };
}

export function createSubscriptionStarter(options: SubscriptionStarterOptions) {
  const { schema, rules, resolvers, loadDocument, run, deliveries } = options;
  const render = createPayloadRenderer(schema, rules);

  return async function startSubscription(request: SubscriptionRequest): Promise<StartResult> {
    const loaded = loadDocument(request.query);
    if (!loaded.document) {
      return { errors: loaded.errors.map(formatRequestError) };
    }
    const document = loaded.document;
    const operation = getOperationAST(document, request.operationName ?? undefined);
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

    let outcome: FieldOutcome | undefined;
    const resolver = resolvers.get(`${subscriptionType.name}.${fieldName}`);
    if (resolver) {
      try {
        outcome = await run(resolver, {
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
    // [U] AppSync's errorType for a filter over its limits; the messages are the ones clients match on.
    const subscriptionFilter = checkedFilter(outcome?.subscriptionFilter);
    const invalidationFilter = checkedFilter(outcome?.invalidationFilter);
    const filterError = subscriptionFilter.message ?? invalidationFilter.message;
    if (filterError !== undefined) {
      return refuse('ValidationError', filterError);
    }

    // [U] An enhanced filter replaces argument filtering: Amplify's generated `filter: ModelSubscription…Input`
    // argument could never equal a field of the payload, yet those subscriptions deliver.
    const enhanced = subscriptionFilter.filter;
    const key = [request.query, request.operationName ?? '', stableJson(request.variables), fieldAuthKey(request.auth), enhanced ? `E${stableJson(enhanced)}` : 'A'].join('\u0000');
    const spec = (): GroupSpec => ({
      matches: enhanced ? (data) => matchesFilter(enhanced, data) : argumentFilter(args),
      render: (data) => render({ document, operationName: request.operationName, variables: request.variables, auth: request.auth }, data),
    });
    const leave = deliveries.join(fieldName, key, spec, {
      deliver: (payload) => request.send(payload),
      invalidate: () => request.complete(),
      ...(invalidationFilter.filter ? { invalidationFilter: invalidationFilter.filter } : {}),
    });
    return { stop: leave };
  };
}
