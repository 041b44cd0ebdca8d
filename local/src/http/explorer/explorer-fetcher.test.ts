// Tests for the explorer's GraphiQL fetcher: HTTP with the chosen auth, subscriptions over the realtime transport.
import { describe, expect, it } from 'vitest';
import { createExplorerFetcher } from './explorer-fetcher';
import type { SocketLike } from './explorer-realtime';

function recordingFetch(calls: { url: string; init: RequestInit }[], body = '{"data":{"ok":true}}'): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe('createExplorerFetcher', () => {
  it('POSTs queries with the auth header, letting headers typed in GraphiQL win', async () => {
    // Prepare
    const calls: { url: string; init: RequestInit }[] = [];
    const fetcher = createExplorerFetcher({
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
      authHeaders: async () => ({ 'x-api-key': 'da2-key', authorization: 'token-from-choice' }),
      fetchFn: recordingFetch(calls),
      openSocket: () => {
        throw new Error('no socket for queries');
      },
    });

    // Act
    const result = await fetcher({ query: 'query Q { a }', operationName: 'Q' }, { headers: { Authorization: 'typed-token' } });

    // Assess
    expect(result).toEqual({ data: { ok: true } });
    expect(calls[0].url).toBe('http://127.0.0.1:4000/graphql');
    expect(calls[0].init.headers).toEqual({ 'content-type': 'application/json', 'x-api-key': 'da2-key', authorization: 'typed-token' });
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ query: 'query Q { a }', variables: null, operationName: 'Q' });
  });

  it('says what came back when the endpoint does not answer JSON', async () => {
    // Prepare
    const fetcher = createExplorerFetcher({
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      realtimeUrl: 'ws://x',
      authHeaders: async () => ({}),
      fetchFn: recordingFetch([], '<html>proxy error</html>'),
      openSocket: () => ({}) as SocketLike,
    });

    // Act
    const failure = fetcher({ query: '{ a }' });

    // Assess
    await expect(failure).rejects.toThrow('not JSON: <html>proxy error</html>');
  });

  it('opens the realtime transport for a subscription, with host and Authorization in the AppSync header', async () => {
    // Prepare
    const opened: { url: string; protocols: string[] }[] = [];
    const fetcher = createExplorerFetcher({
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
      authHeaders: async () => ({ authorization: 'jwt' }),
      openSocket: (url, protocols) => {
        opened.push({ url, protocols });
        return { readyState: 0, send() {}, close() {} } as unknown as SocketLike;
      },
    });

    // Act
    const observable = (await fetcher({ query: 'subscription S { onEventPublished { id } }' })) as { subscribe(o: object): { unsubscribe(): void } };
    observable.subscribe({ next() {} }).unsubscribe();

    // Assess
    expect(opened[0].url).toBe('ws://127.0.0.1:4000/graphql/realtime');
    const header = JSON.parse(Buffer.from(opened[0].protocols[1].slice('header-'.length), 'base64url').toString('utf8'));
    expect(header).toEqual({ host: '127.0.0.1:4000', Authorization: 'jwt' });
  });

  it.each([
    ['a stale name of another tab', 'query A { a }', 'B', null],
    ['a name the document defines', 'query A { a } query B { b }', 'B', 'B'],
    ['no name', '{ a }', undefined, null],
  ])('sends %s as the operation name GraphQL can run', async (_label, query, operationName, sent) => {
    // Prepare
    const calls: { url: string; init: RequestInit }[] = [];
    const fetcher = createExplorerFetcher({ graphqlUrl: 'http://h/graphql', realtimeUrl: 'ws://h', authHeaders: async () => ({}), fetchFn: recordingFetch(calls), openSocket: () => ({}) as SocketLike });
    // Act
    await fetcher({ query, operationName });
    // Assess
    expect(JSON.parse(String(calls[0].init.body)).operationName).toBe(sent);
  });
});
