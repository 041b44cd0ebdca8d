// The contract between the host server and the realtime endpoint: the injected hooks
// (authentication, subscription execution), tuning options, and their defaults.

import type { DataPayload, RealtimeError, SerializedPayload } from './protocol';

/**
 * What an auth header vouches for. IAM clients sign a different request for each: the connection
 * signs `POST <graphql endpoint>/connect` with body `{}`, a start signs `POST <graphql endpoint>`
 * with the start payload's `data` string as body (appsync-spec.md §10.1–10.2).
 */
export type AuthenticationScope = { phase: 'connection' } | { phase: 'start'; data: string };

export interface RealtimeHooks<A> {
  /**
   * Authenticate an AppSync auth header object (decoded from the `header-<base64url>`
   * subprotocol, or the `?header=<base64>` query param, or a start message's
   * payload.extensions.authorization). Reject with a RealtimeError-shaped object
   * ({errorType:'UnauthorizedException', message}) to refuse.
   */
  authenticate(header: Record<string, unknown>, request: { sourceIp: string; path: string }, scope: AuthenticationScope): Promise<A>;
  /**
   * Start one subscription; `send` pushes one `data` payload ({data, errors?}) to this
   * client subscription, `sendSerialized` the same already serialized (fan-out serializes once
   * for many subscribers), and `complete` ends it from the server side (the client receives
   * `complete`, as for a stop). Return errors to refuse (→ an `error` message), or a stop function.
   */
  startSubscription(input: {
    id: string;
    query: string;
    variables: Record<string, unknown>;
    operationName?: string | null;
    auth: A;
    send(payload: DataPayload): void;
    sendSerialized(payload: SerializedPayload): void;
    complete(): void;
  }): Promise<{ errors: RealtimeError[] } | { stop(): void }>;
}

export interface RealtimeOptions<A> {
  hooks: RealtimeHooks<A>;
  /** Upgrade paths served; default ['/graphql/realtime'] (what Amplify derives for non-AWS hosts). */
  paths?: string[];
  /** Interval between `ka` messages; default 60_000 (AWS clients warn after 65 s of silence). */
  keepAliveMs?: number;
  /** Sent in connection_ack; default 300_000. */
  connectionTimeoutMs?: number;
  /** Default 100. */
  maxSubscriptionsPerConnection?: number;
  /** Largest serialized `data` payload delivered; default 240 * 1024. */
  maxPayloadBytes?: number;
  /** One line per notable event (refusals, dropped payloads, hook failures); default: silent. */
  log?: (line: string) => void;
}

/** RealtimeOptions with every default applied. */
export interface RealtimeSettings {
  paths: string[];
  keepAliveMs: number;
  connectionTimeoutMs: number;
  maxSubscriptionsPerConnection: number;
  maxPayloadBytes: number;
  log: (line: string) => void;
}

/** Applies defaults and rejects nonsense numbers at attach time rather than mid-connection. */
export function resolveSettings<A>(options: RealtimeOptions<A>): RealtimeSettings {
  const settings: RealtimeSettings = {
    paths: options.paths ?? ['/graphql/realtime'],
    keepAliveMs: options.keepAliveMs ?? 60_000,
    connectionTimeoutMs: options.connectionTimeoutMs ?? 300_000,
    maxSubscriptionsPerConnection: options.maxSubscriptionsPerConnection ?? 100,
    maxPayloadBytes: options.maxPayloadBytes ?? 240 * 1024,
    log: options.log ?? (() => {}),
  };
  for (const key of ['keepAliveMs', 'connectionTimeoutMs', 'maxSubscriptionsPerConnection', 'maxPayloadBytes'] as const) {
    const value = settings[key];
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`realtime: ${key} must be a positive number, got ${value}`);
  }
  if (settings.paths.length === 0) throw new RangeError('realtime: paths must not be empty');
  return settings;
}
