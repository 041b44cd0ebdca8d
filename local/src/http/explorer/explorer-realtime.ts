// The explorer's subscription transport: one AppSync real-time WebSocket per running subscription, auth in
// the `header-<base64url>` subprotocol as aws-amplify v6 sends it, each `data` message passed on as a result.
// Runs in the browser; WebSocket is injected so tests drive it with a fake.

export interface RealtimeRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ResultObserver {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

/** The part of the browser's WebSocket this module uses. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string, protocols: string[]) => SocketLike;

export interface RealtimeOptions {
  realtimeUrl: string;
  /** The AppSync auth header object: `host` plus `x-api-key` or `Authorization`. */
  authorization: Record<string, string>;
  openSocket: SocketFactory;
}

const OPEN = 1;
let nextId = 0;

/** base64url of the UTF-8 JSON, as in the `header-` subprotocol (no padding: `=` is not allowed there). */
export function encodeHeaderProtocol(header: Record<string, string>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(header));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `header-${base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

interface ServerMessage {
  type: string;
  id?: string;
  payload?: { errors?: unknown[]; [key: string]: unknown };
}

export function subscribeRealtime(options: RealtimeOptions, request: RealtimeRequest, observer: ResultObserver): { unsubscribe(): void } {
  const id = `explorer-${Date.now().toString(36)}-${(nextId += 1)}`;
  const socket = options.openSocket(options.realtimeUrl, ['graphql-ws', encodeHeaderProtocol(options.authorization)]);
  let started = false;
  let done = false;

  const finish = (errors?: unknown[]): void => {
    if (done) return;
    done = true;
    if (errors) observer.next({ errors });
    observer.complete();
    if (socket.readyState <= OPEN) socket.close(1000);
  };

  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
  socket.onmessage = (event) => {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(event.data)) as ServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case 'connection_ack':
        started = true;
        socket.send(
          JSON.stringify({
            id,
            type: 'start',
            payload: { data: JSON.stringify(request), extensions: { authorization: options.authorization } },
          }),
        );
        break;
      case 'data':
        if (message.id === id) observer.next(message.payload);
        break;
      case 'error':
      case 'connection_error':
        finish(message.payload?.errors ?? [{ message: `The server answered ${message.type}` }]);
        break;
      case 'complete':
        if (message.id === id) finish();
        break;
      default:
        // start_ack and ka need no action; the subscription is live once start_ack arrives.
        break;
    }
  };
  socket.onclose = (event) => {
    finish(done ? undefined : [{ message: `The realtime connection closed (code ${event.code}${event.reason ? `: ${event.reason}` : ''}).` }]);
  };
  socket.onerror = () => {
    // The close event that follows carries the code; nothing to add here.
  };

  return {
    unsubscribe() {
      if (done) return;
      done = true;
      if (started && socket.readyState === OPEN) socket.send(JSON.stringify({ type: 'stop', id }));
      if (socket.readyState <= OPEN) socket.close(1000);
    },
  };
}
