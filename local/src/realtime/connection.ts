// One accepted realtime socket: connection auth, keep-alive, and the start/stop lifecycle
// of its subscriptions. Everything that can fail is caught here, because an exception
// escaping a ws callback would take the whole local server down.

import type { RawData, WebSocket } from 'ws';

import type { HandshakeHeader } from './handshake-header';
import type { RealtimeHooks, RealtimeSettings } from './options';
import {
  complete,
  connectionAck,
  connectionError,
  type DataPayload,
  encodeDataFrame,
  encodeMessage,
  errorMessage,
  isPlainObject,
  keepAlive,
  messageIdOf,
  messageTypeOf,
  REALTIME_ERROR_TYPES,
  type RealtimeError,
  type SerializedPayload,
  type ServerMessage,
  startAck,
  type StartMessage,
  type StopMessage,
} from './protocol';
import { decodeStartPayload } from './start-request';

export interface ConnectionContext<A> {
  socket: WebSocket;
  hooks: RealtimeHooks<A>;
  settings: RealtimeSettings;
  request: { sourceIp: string; path: string };
  handshake: HandshakeHeader;
  /** Called once, never synchronously from openConnection, when the connection is finished. */
  onClosed(): void;
}

export interface Connection {
  /** Subscriptions that have been acknowledged and not yet stopped. */
  subscriptionCount(): number;
  /** Stops every subscription, clears timers and drops the socket without a close handshake. */
  terminate(): void;
}

/** A subscription from its `start` until it ends; `pending` holds data sent before start_ack. */
interface SubscriptionRecord {
  id: string;
  state: 'starting' | 'active' | 'ended';
  stop?: () => void;
  pending: string[];
}

/** Policy Violation: the close code for a refused connection. */
const REFUSED_CLOSE_CODE = 1008;
const UNAUTHORIZED_MESSAGE = 'You are not authorized to make this call.';
const MISSING_START_AUTH_MESSAGE = 'Valid authorization header not provided.';

export function openConnection<A>(context: ConnectionContext<A>): Connection {
  const { socket, hooks, settings, request } = context;
  let phase: 'authenticating' | 'ready' | 'closed' = 'authenticating';
  const inbox: Array<{ data: RawData; isBinary: boolean }> = [];
  const subscriptions = new Map<string, SubscriptionRecord>();
  let keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  let disposed = false;

  socket.on('message', (data, isBinary) =>
    guard(() => {
      // Frames that arrive while the connection header is still being checked are kept in order.
      if (phase === 'authenticating') inbox.push({ data, isBinary });
      else if (phase === 'ready') handleFrame(data, isBinary);
    }),
  );
  socket.on('close', () => guard(dispose));
  socket.on('error', (error) => log(`socket error: ${describe(error)}`));

  // Deferred so that onClosed can never run before the caller holds the returned Connection.
  queueMicrotask(() => guard(authenticateConnection));

  return {
    subscriptionCount: () => [...subscriptions.values()].filter((record) => record.state === 'active').length,
    terminate() {
      guard(dispose);
      socket.terminate();
    },
  };

  // -------------------------------------------------------------------------------------
  // Connection level

  function authenticateConnection(): void {
    if (phase !== 'authenticating') return;
    const { handshake } = context;
    if (!handshake.ok) {
      refuse({ errorType: REALTIME_ERROR_TYPES.badRequest, message: handshake.message, errorCode: 400 });
      return;
    }
    callHook(() => hooks.authenticate(handshake.header, request, { phase: 'connection' })).then(
      () =>
        guard(() => {
          if (phase !== 'authenticating') return;
          phase = 'ready';
          for (const frame of inbox.splice(0)) {
            if (phase !== 'ready') break;
            handleFrame(frame.data, frame.isBinary);
          }
        }),
      (reason: unknown) =>
        guard(() => {
          if (phase !== 'authenticating') return;
          log(`authenticate rejected the connection header: ${describe(reason)}`);
          const error = toRealtimeError(reason, REALTIME_ERROR_TYPES.unauthorized, UNAUTHORIZED_MESSAGE);
          refuse({ ...error, errorCode: error.errorCode ?? 401 });
        }),
    );
  }

  function refuse(error: RealtimeError): void {
    log(`connection refused (${request.path}): ${error.errorType}: ${error.message}`);
    send(connectionError([error]));
    dispose();
    // Fixed reason: close reasons are capped at 123 bytes and the errorType may come from a hook.
    socket.close(REFUSED_CLOSE_CODE, 'Connection refused');
  }

  function ensureKeepAlive(): void {
    if (keepAliveTimer !== undefined) return;
    send(keepAlive());
    keepAliveTimer = setInterval(() => guard(() => send(keepAlive())), settings.keepAliveMs);
    keepAliveTimer.unref();
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    phase = 'closed';
    inbox.length = 0;
    clearInterval(keepAliveTimer);
    keepAliveTimer = undefined;
    for (const record of [...subscriptions.values()]) end(record);
    context.onClosed();
  }

  // -------------------------------------------------------------------------------------
  // Frames

  function handleFrame(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: 'Binary frames are not supported; send JSON text frames.' });
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(rawText(data));
    } catch {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: 'Message is not valid JSON.' });
      return;
    }
    switch (messageTypeOf(message)) {
      case 'connection_init':
        // A repeated init is acknowledged again; the keep-alive loop is never doubled.
        send(connectionAck(settings.connectionTimeoutMs));
        ensureKeepAlive();
        return;
      case 'start':
        handleStart(message as StartMessage);
        return;
      case 'stop':
        handleStop(message as StopMessage);
        return;
      default:
        // AppSync's own reply, word for word, whatever the unknown type was.
        sendError({ errorType: REALTIME_ERROR_TYPES.unsupportedOperation, message: 'unknown not supported through the realtime channel' });
    }
  }

  // -------------------------------------------------------------------------------------
  // Subscriptions

  function handleStart(message: StartMessage): void {
    const id = messageIdOf(message);
    if (id === undefined) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: 'start message requires a non-empty string "id".' });
      return;
    }
    const decoded = decodeStartPayload(message.payload);
    if (!decoded.ok) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: decoded.message }, id);
      return;
    }
    const { authorization, ...operation } = decoded.request;
    if (authorization === undefined) {
      sendError({ errorType: REALTIME_ERROR_TYPES.unauthorized, message: MISSING_START_AUTH_MESSAGE }, id);
      return;
    }
    // Checked and reserved synchronously, so two starts racing through async auth cannot
    // both claim one id or both take the last free slot.
    if (subscriptions.has(id)) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: `Subscription id "${id}" is already in use on this connection.` }, id);
      return;
    }
    if (subscriptions.size >= settings.maxSubscriptionsPerConnection) {
      sendError(
        {
          errorType: REALTIME_ERROR_TYPES.maxSubscriptionsReached,
          message: `Max number of ${settings.maxSubscriptionsPerConnection} subscriptions reached for this connection.`,
        },
        id,
      );
      return;
    }
    const record: SubscriptionRecord = { id, state: 'starting', pending: [] };
    subscriptions.set(id, record);
    // Clients that skip connection_init (allowed by AWS) still need keep-alives.
    ensureKeepAlive();

    callHook(() => hooks.authenticate(authorization, request, { phase: 'start', data: message.payload.data }))
      .then(
        (auth) => {
          if (record.state === 'ended') return undefined;
          return callHook(() =>
            hooks.startSubscription({
              id,
              ...operation,
              auth,
              send: (payload) => guard(() => deliver(record, payload)),
              sendSerialized: (payload) => guard(() => deliverSerialized(record, payload)),
              complete: () => guard(() => completeFromServer(record)),
            }),
          ).then(
            (outcome) => guard(() => settleStart(record, outcome)),
            (reason: unknown) =>
              guard(() => {
                log(`startSubscription failed for "${id}": ${describe(reason)}`);
                failStart(record, [toRealtimeError(reason, REALTIME_ERROR_TYPES.internalFailure, 'An internal failure occurred.')]);
              }),
          );
        },
        (reason: unknown) =>
          guard(() => {
            log(`start "${id}" refused by authenticate: ${describe(reason)}`);
            failStart(record, [toRealtimeError(reason, REALTIME_ERROR_TYPES.unauthorized, UNAUTHORIZED_MESSAGE)]);
          }),
      )
      .catch((error: unknown) => log(`start "${id}" failed: ${describe(error)}`));
  }

  function settleStart(record: SubscriptionRecord, outcome: unknown): void {
    const stop = isPlainObject(outcome) && typeof outcome.stop === 'function' ? (outcome.stop as () => void) : undefined;
    if (stop === undefined) {
      failStart(record, refusalErrors(outcome));
      return;
    }
    if (record.state === 'ended') {
      // Stopped, closed or over the size limit while starting: the client already has its answer.
      safeStop(record.id, stop);
      return;
    }
    record.stop = stop;
    record.state = 'active';
    send(startAck(record.id));
    for (const frame of record.pending.splice(0)) sendFrame(frame);
  }

  function failStart(record: SubscriptionRecord, errors: RealtimeError[]): void {
    if (record.state === 'ended') return;
    end(record);
    sendError(errors, record.id);
  }

  function handleStop(message: StopMessage): void {
    const id = messageIdOf(message);
    if (id === undefined) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: 'stop message requires a non-empty string "id".' });
      return;
    }
    const record = subscriptions.get(id);
    if (record === undefined) {
      sendError({ errorType: REALTIME_ERROR_TYPES.badRequest, message: `No subscription with id "${id}" on this connection.` }, id);
      return;
    }
    // A stop during start is answered now; settleStart stops the late subscription quietly.
    end(record);
    send(complete(id));
  }

  /** Removes a subscription and calls its stop function at most once. */
  function end(record: SubscriptionRecord): void {
    if (record.state === 'ended') return;
    record.state = 'ended';
    record.pending.length = 0;
    if (subscriptions.get(record.id) === record) subscriptions.delete(record.id);
    if (record.stop) safeStop(record.id, record.stop);
  }

  /** Ends a subscription the server decided to end (invalidation): the client gets `complete`. */
  function completeFromServer(record: SubscriptionRecord): void {
    if (record.state === 'ended') return;
    end(record);
    send(complete(record.id));
  }

  function deliver(record: SubscriptionRecord, payload: DataPayload): void {
    // Bound to the record, not the id: a later subscription reusing the id never sees these.
    if (record.state === 'ended' || phase !== 'ready') return;
    let json: string | undefined;
    try {
      json = JSON.stringify(payload);
    } catch (error) {
      log(`data for "${record.id}" not delivered: payload is not serializable (${describe(error)})`);
      return;
    }
    if (json === undefined) {
      log(`data for "${record.id}" not delivered: payload is undefined`);
      return;
    }
    deliverSerialized(record, { json, bytes: Buffer.byteLength(json) });
  }

  function deliverSerialized(record: SubscriptionRecord, { json, bytes }: SerializedPayload): void {
    if (record.state === 'ended' || phase !== 'ready') return;
    if (bytes > settings.maxPayloadBytes) {
      // Amplify treats an `error` with an id as the end of that subscription and never sends
      // `stop`, so the server ends it too rather than keep publishing into the void.
      log(`data for "${record.id}" not delivered: ${bytes} bytes exceeds the ${settings.maxPayloadBytes}-byte limit; subscription ended`);
      end(record);
      sendError(
        {
          errorType: REALTIME_ERROR_TYPES.limitExceeded,
          message: `Subscription payload of ${bytes} bytes exceeds the ${settings.maxPayloadBytes}-byte limit and was not delivered; the subscription was ended.`,
        },
        record.id,
      );
      return;
    }
    const frame = encodeDataFrame(record.id, json);
    if (record.state === 'starting') record.pending.push(frame);
    else sendFrame(frame);
  }

  // -------------------------------------------------------------------------------------
  // Plumbing

  function send(message: ServerMessage): void {
    sendFrame(encodeMessage(message));
  }

  function sendError(errors: RealtimeError | RealtimeError[], id?: string): void {
    send(errorMessage(Array.isArray(errors) ? errors : [errors], id));
  }

  function sendFrame(frame: string): void {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(frame, (error) => {
      if (error) log(`send failed: ${describe(error)}`);
    });
  }

  function safeStop(id: string, stop: () => void): void {
    try {
      stop();
    } catch (error) {
      log(`stop for "${id}" threw: ${describe(error)}`);
    }
  }

  function guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      log(`internal error: ${describe(error)}`);
    }
  }

  function log(line: string): void {
    try {
      settings.log(`realtime ${request.sourceIp}: ${line}`);
    } catch {
      // A failing logger must not break the protocol.
    }
  }
}

/** Runs a hook so that a synchronous throw becomes a rejection like any other. */
function callHook<T>(hook: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(hook());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * A failure shaped as a RealtimeError (plain object or error class carrying errorType) is
 * passed through; anything else gets the fallback, and its text stays in the server log.
 */
function toRealtimeError(reason: unknown, errorType: string, message: string): RealtimeError {
  if (isPlainObject(reason) && typeof reason.errorType === 'string' && typeof reason.message === 'string') {
    return {
      errorType: reason.errorType,
      message: reason.message,
      ...(typeof reason.errorCode === 'number' ? { errorCode: reason.errorCode } : {}),
    };
  }
  return { errorType, message };
}

/** The errors of a refusal, or one InternalFailure when the hook returned nothing usable. */
function refusalErrors(outcome: unknown): RealtimeError[] {
  const errors = isPlainObject(outcome) && Array.isArray(outcome.errors) ? outcome.errors : [];
  const shaped = errors.map((error) =>
    toRealtimeError(error, REALTIME_ERROR_TYPES.internalFailure, 'The subscription was refused.'),
  );
  return shaped.length > 0
    ? shaped
    : [{ errorType: REALTIME_ERROR_TYPES.internalFailure, message: 'The subscription was refused without errors.' }];
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
