// Points aws-amplify's realtime WebSocket at a local, plain-ws AppSync server. Amplify always builds
// `wss://<graphql host>/graphql/realtime` for non-AWS hosts; this swaps scheme, host and path for the
// configured realtimeUrl and leaves the query string and subprotocols (which carry auth) untouched.

/** Any WebSocket constructor: the browser's, Node 22's, or the `ws` package's. */
export type WebSocketConstructor = new (...args: any[]) => object;

export interface LocalRealtimeOptions {
  /** The local server's realtime endpoint, e.g. `ws://127.0.0.1:4000/graphql/realtime`. */
  realtimeUrl: string;
  /** The GraphQL endpoint Amplify derives its realtime URL from, when its host differs from realtimeUrl's. */
  graphqlUrl?: string;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Rewrites a `wss://` URL that Amplify built for the local host to `realtimeUrl`, keeping the query
 * string. Any other URL (other hosts, `ws://` such as Vite's HMR socket, unparsable input) is returned
 * unchanged. `graphqlUrl`, when given, is a second host that counts as local.
 */
export function rewriteRealtimeUrl(url: string, realtimeUrl: string, graphqlUrl?: string): string {
  let source: URL;
  let target: URL;
  try {
    source = new URL(url);
    target = new URL(realtimeUrl);
  } catch {
    return url;
  }
  if (source.protocol !== 'wss:') return url;
  const localHosts = [target.host, graphqlUrl ? hostOf(graphqlUrl) : null];
  if (!localHosts.includes(source.host)) return url;
  // Appended as a raw string: re-encoding through URLSearchParams could alter base64 `header`/`payload`.
  const query = [target.search.slice(1), source.search.slice(1)].filter(Boolean).join('&');
  return `${target.protocol}//${target.host}${target.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Returns a subclass of `Base` whose constructor rewrites the URL with {@link rewriteRealtimeUrl} and
 * passes every other argument through. Static members (OPEN, CLOSED…) are inherited, which Amplify reads.
 */
export function createLocalRealtimeWebSocket<T extends WebSocketConstructor>(
  Base: T,
  options: LocalRealtimeOptions,
): T {
  const { realtimeUrl, graphqlUrl } = options;
  return class LocalRealtimeWebSocket extends Base {
    constructor(...args: any[]) {
      const [url, ...rest] = args;
      super(rewriteRealtimeUrl(String(url), realtimeUrl, graphqlUrl), ...rest);
    }
  };
}

const ORIGINAL = Symbol.for('herald.local-realtime.original');

type WebSocketHost = { WebSocket?: WebSocketConstructor & { [ORIGINAL]?: WebSocketConstructor } };

/**
 * Replaces `host.WebSocket` (default `globalThis`) with the rewriting subclass. Amplify looks the global
 * up each time it opens a socket, so this must run before the first subscription. Installing again
 * wraps the original, not the previous wrapper. Returns a function that restores the original.
 */
export function installLocalRealtime(options: LocalRealtimeOptions, host: object = globalThis): () => void {
  const target = host as WebSocketHost;
  const current = target.WebSocket;
  if (!current) {
    // Node 20 has no global WebSocket: set one first (e.g. from the ws package) or use the factory directly.
    throw new Error('installLocalRealtime: no WebSocket constructor to wrap on the given host');
  }
  const original = current[ORIGINAL] ?? current;
  const wrapped = createLocalRealtimeWebSocket(original, options) as WebSocketHost['WebSocket'] & object;
  Object.defineProperty(wrapped, ORIGINAL, { value: original });
  target.WebSocket = wrapped;
  return () => {
    target.WebSocket = original;
  };
}
