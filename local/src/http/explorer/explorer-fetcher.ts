// GraphiQL's fetcher for an AppSync endpoint: queries and mutations as POST with the chosen auth header,
// subscriptions over the real-time protocol. Headers typed into GraphiQL's header editor win over the choice.
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { subscribeRealtime, type ResultObserver, type SocketFactory } from './explorer-realtime';

export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface FetcherOptions {
  headers?: Record<string, unknown>;
  documentAST?: DocumentNode;
}

type PartialObserver = Partial<ResultObserver>;

export interface ResultObservable {
  subscribe(observer: PartialObserver | ((value: unknown) => void), error?: (error: unknown) => void, complete?: () => void): { unsubscribe(): void };
}

export interface ExplorerFetcherOptions {
  graphqlUrl: string;
  realtimeUrl: string;
  /** Headers for the auth the user picked (lower-case names); may sign in first. */
  authHeaders(): Promise<Record<string, string>>;
  fetchFn?: typeof fetch;
  openSocket: SocketFactory;
}

// Parsed from the text every time: GraphiQL's own documentAST can still be the previous tab's after a switch.
function parsed(query: string): DocumentNode | null {
  try {
    return parse(query);
  } catch {
    // Let the server report the syntax error.
    return null;
  }
}

/**
 * The operation name to send. Right after a tab switch GraphiQL can still hold the previous tab's name: a name
 * the document does not define is dropped when the document has a single operation (which then needs none).
 */
function operationNameFor(document: DocumentNode | null, name: string | null | undefined): string | null {
  if (!name || !document) return name ?? null;
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  const known = operations.some((operation) => operation.name?.value === name);
  return known || operations.length !== 1 ? name : null;
}

function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

function toObserver(observer: PartialObserver | ((value: unknown) => void), error?: (error: unknown) => void, complete?: () => void): ResultObserver {
  const given = typeof observer === 'function' ? { next: observer, error, complete } : observer;
  return { next: given.next ?? (() => {}), error: given.error ?? (() => {}), complete: given.complete ?? (() => {}) };
}

export function createExplorerFetcher(options: ExplorerFetcherOptions) {
  const fetchFn = options.fetchFn ?? fetch;
  return async (params: FetcherParams, fetcherOptions?: FetcherOptions): Promise<unknown> => {
    const headers = { ...(await options.authHeaders()), ...lowerCaseHeaders(fetcherOptions?.headers) };
    const document = parsed(params.query);
    const operationName = operationNameFor(document, params.operationName);
    const request = { query: params.query, variables: params.variables ?? null, operationName };

    if (document && getOperationAST(document, operationName ?? undefined)?.operation === 'subscription') {
      const { authorization, ...rest } = headers;
      // The AppSync header object: the API host plus the same auth header a POST would carry.
      const header = { host: new URL(options.graphqlUrl).host, ...rest, ...(authorization ? { Authorization: authorization } : {}) };
      const observable: ResultObservable = {
        subscribe: (observer, error, complete) =>
          subscribeRealtime({ realtimeUrl: options.realtimeUrl, authorization: header, openSocket: options.openSocket }, request, toObserver(observer, error, complete)),
      };
      return observable;
    }

    const response = await fetchFn(options.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(request),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(`The endpoint answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
  };
}
