// The app's one Amplify GraphQL client, plus typed request/subscribe helpers for codegen documents.
// Every call states its auth mode: anonymous visitors use the API key, signed-in users their pool token.
import { generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import type { GraphQLResult } from 'aws-amplify/api';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The two auth modes the web client uses. */
export type ClientAuthMode = 'apiKey' | 'userPool';

/**
 * The slice of Amplify's client this app uses. Amplify's full client type drags in its Gen 2 data-schema
 * types, which exhaust tsc ("excessive stack depth"), and its `query` is typed with Amplify's own copy of
 * graphql-js v15 while codegen documents use v16; at runtime both are the same plain AST.
 */
interface Client {
  graphql(options: { query: unknown; variables: Record<string, unknown>; authMode: ClientAuthMode }): unknown;
}

let client: Client | null = null;

/** Created on first use, so it never exists before `Amplify.configure` has run. */
export function graphqlClient(): Client {
  client ??= generateClient() as unknown as Client;
  return client;
}

/**
 * Runs a query or mutation. Amplify rejects with the whole `{ data, errors }` result when the
 * response carries errors; callers turn that into messages with `describeGraphqlError`.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  authMode: ClientAuthMode,
): Promise<TResult> {
  const result = (await graphqlClient().graphql({
    query: document,
    variables,
    authMode,
  })) as GraphQLResult<TResult>;
  return result.data;
}

/** Handlers for a live subscription. */
export interface SubscriptionHandlers<TResult> {
  next: (data: TResult) => void;
  error: (error: unknown) => void;
  /** The server acknowledged the subscription: from now on no event is missed. */
  ready?: () => void;
}

// Amplify reports each acknowledged subscription on the Hub's 'api' channel with its query text and variables.
const SUBSCRIPTION_ACK = 'Subscription ack';

function operationName(document: unknown): string | null {
  const definitions = (document as { definitions?: { kind: string; name?: { value: string } }[] }).definitions ?? [];
  return definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value ?? null;
}

function whenAcknowledged(document: unknown, variables: Record<string, unknown>, ready: () => void): () => void {
  const name = operationName(document);
  const expected = JSON.stringify(variables);
  return Hub.listen('api', ({ payload }) => {
    const data = payload.data as { query?: string; variables?: Record<string, unknown> } | undefined;
    if (payload.event !== SUBSCRIPTION_ACK || !name || !data?.query?.includes(`subscription ${name}`)) return;
    if (JSON.stringify(data.variables ?? {}) === expected) ready();
  });
}

/** Starts a subscription and returns the function that stops it. */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  authMode: ClientAuthMode,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  const observable = graphqlClient().graphql({
    query: document,
    variables,
    authMode,
  }) as unknown as {
    subscribe(observer: { next(message: { data: TResult }): void; error(error: unknown): void }): {
      unsubscribe(): void;
    };
  };
  const stopListening = handlers.ready ? whenAcknowledged(document, variables, handlers.ready) : () => undefined;
  const subscription = observable.subscribe({
    next: (message) => handlers.next(message.data),
    error: handlers.error,
  });
  return () => {
    stopListening();
    subscription.unsubscribe();
  };
}
