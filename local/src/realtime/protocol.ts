// The AppSync real-time (graphql-ws flavoured) wire format: message types, guards for
// what clients send, and builders for what the server sends. No I/O here.
// Reference: appsync-spec.md §10.1–10.2.

/** The only subprotocol AppSync answers with; clients must offer it. */
export const REALTIME_SUBPROTOCOL = 'graphql-ws';

/**
 * The errorType strings this server puts on the wire. AppSync documents only some of them
 * (see spec §10.2); the rest follow AppSync's naming so clients can switch on them.
 */
export const REALTIME_ERROR_TYPES = {
  /** Frame, envelope or start payload the server cannot use; also duplicate or unknown ids. */
  badRequest: 'BadRequestException',
  /** Connection or start authorization was refused. Amplify v6 reconnects on this one. */
  unauthorized: 'UnauthorizedException',
  /** A message type the realtime channel does not speak (AppSync's own wording). */
  unsupportedOperation: 'UnsupportedOperation',
  /** The connection already carries `maxSubscriptionsPerConnection` subscriptions. */
  maxSubscriptionsReached: 'MaxSubscriptionsReachedError',
  /** A `data` payload was larger than the per-message limit and was not delivered. */
  limitExceeded: 'LimitExceededError',
  /** A host hook failed unexpectedly; details go to the server log, not the client. */
  internalFailure: 'InternalFailure',
} as const;

/** One entry of an `errors` array, as AppSync sends it on `error` and `connection_error`. */
export interface RealtimeError {
  errorType: string;
  message: string;
  errorCode?: number;
}

// ---------------------------------------------------------------------------------------
// Client → server

/** Opens the protocol on an authenticated socket. Optional per AWS; Amplify always sends it. */
export interface ConnectionInitMessage {
  type: 'connection_init';
  payload?: unknown;
}

/** What a `start` carries: the operation as a JSON *string*, and its own auth header. */
export interface StartPayload {
  data: string;
  extensions?: { authorization?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Registers one subscription under a client-chosen id (Amplify uses a UUID). */
export interface StartMessage {
  type: 'start';
  id: string;
  payload: StartPayload;
}

/** Ends the subscription registered under `id`; answered with `complete`. */
export interface StopMessage {
  type: 'stop';
  id: string;
}

/** Every message a client may send. */
export type ClientMessage = ConnectionInitMessage | StartMessage | StopMessage;

// ---------------------------------------------------------------------------------------
// Server → client

/** Answer to `connection_init`; Amplify reads `payload.connectionTimeoutMs` (not `connectionTimeout`). */
export interface ConnectionAckMessage {
  type: 'connection_ack';
  payload: { connectionTimeoutMs: number };
}

/** Connection-level refusal (bad or refused auth header); the server closes the socket after it. */
export interface ConnectionErrorMessage {
  type: 'connection_error';
  payload: { errors: RealtimeError[] };
}

/** Keep-alive; clients drop the socket after `connectionTimeoutMs` without any message. */
export interface KeepAliveMessage {
  type: 'ka';
}

/** The subscription under `id` is live; clients give up after 15 s without it. */
export interface StartAckMessage {
  type: 'start_ack';
  id: string;
}

/** One event for one subscription; Amplify forwards it only when `payload.data` is truthy. */
export interface DataPayload {
  data: unknown;
  errors?: unknown[];
}

/** A `data` payload serialized once and shared by every subscriber that receives it. */
export interface SerializedPayload {
  json: string;
  /** UTF-8 length of `json`, measured once against the payload size limit. */
  bytes: number;
}

/** Delivers one event to the subscription under `id`. */
export interface DataMessage {
  type: 'data';
  id: string;
  payload: DataPayload;
}

/**
 * A failure. With `id` it is terminal for that subscription (Amplify errors the observer
 * and never sends `stop`); without `id` it concerns a frame that named no subscription.
 */
export interface ErrorMessage {
  type: 'error';
  id?: string;
  payload: { errors: RealtimeError[] };
}

/** Acknowledges a `stop`. */
export interface CompleteMessage {
  type: 'complete';
  id: string;
}

/** Every message the server sends. */
export type ServerMessage =
  | ConnectionAckMessage
  | ConnectionErrorMessage
  | KeepAliveMessage
  | StartAckMessage
  | DataMessage
  | ErrorMessage
  | CompleteMessage;

// ---------------------------------------------------------------------------------------
// Guards (envelope only; start-request.ts checks what is inside a start payload)

/** A JSON object that is neither null nor an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `type` of a parsed frame, or undefined when it has none. */
export function messageTypeOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.type === 'string' ? value.type : undefined;
}

/** The `id` of a parsed frame when it is a non-empty string. */
export function messageIdOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

export function isConnectionInitMessage(value: unknown): value is ConnectionInitMessage {
  return messageTypeOf(value) === 'connection_init';
}

export function isStartMessage(value: unknown): value is StartMessage {
  return (
    messageTypeOf(value) === 'start' &&
    messageIdOf(value) !== undefined &&
    isPlainObject((value as Record<string, unknown>).payload) &&
    typeof ((value as Record<string, unknown>).payload as Record<string, unknown>).data === 'string'
  );
}

export function isStopMessage(value: unknown): value is StopMessage {
  return messageTypeOf(value) === 'stop' && messageIdOf(value) !== undefined;
}

// ---------------------------------------------------------------------------------------
// Builders

export function connectionAck(connectionTimeoutMs: number): ConnectionAckMessage {
  return { type: 'connection_ack', payload: { connectionTimeoutMs } };
}

export function connectionError(errors: RealtimeError[]): ConnectionErrorMessage {
  return { type: 'connection_error', payload: { errors } };
}

export function keepAlive(): KeepAliveMessage {
  return { type: 'ka' };
}

export function startAck(id: string): StartAckMessage {
  return { type: 'start_ack', id };
}

export function dataMessage(id: string, payload: DataPayload): DataMessage {
  return { type: 'data', id, payload };
}

export function errorMessage(errors: RealtimeError[], id?: string): ErrorMessage {
  return id === undefined ? { type: 'error', payload: { errors } } : { type: 'error', id, payload: { errors } };
}

export function complete(id: string): CompleteMessage {
  return { type: 'complete', id };
}

/** The text frame for a server message. */
export function encodeMessage(message: ServerMessage): string {
  return JSON.stringify(message);
}

/**
 * The text frame for a `data` message whose payload is already serialized, so a payload is
 * stringified once: the same string is measured against the size limit and then sent.
 */
export function encodeDataFrame(id: string, payloadJson: string): string {
  return `{"type":"data","id":${JSON.stringify(id)},"payload":${payloadJson}}`;
}
