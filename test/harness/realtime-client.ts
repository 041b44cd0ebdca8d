// A minimal AppSync real-time client for suites: one socket per subscription, auth through the
// `header-` subprotocol as aws-amplify v6 sends it, frames collected for assertions.
import { WebSocket } from 'ws';

export type RealtimeAuth = { 'x-api-key': string } | { Authorization: string };

export interface LiveSubscription {
  /** Resolves with 'ack' once the server accepted the subscription, or with the refusal's errors. */
  started: Promise<'ack' | { errorType?: string; message: string }[]>;
  /** `data` payloads received so far. */
  received: { data: Record<string, unknown> | null; errors?: unknown[] }[];
  close(): void;
}

export function subscribe(options: { graphqlUrl: string; realtimeUrl: string; auth: RealtimeAuth; query: string; variables?: Record<string, unknown> }): LiveSubscription {
  const header = { host: new URL(options.graphqlUrl).host, ...options.auth };
  const encoded = Buffer.from(JSON.stringify(header)).toString('base64url');
  const socket = new WebSocket(options.realtimeUrl, ['graphql-ws', `header-${encoded}`]);
  const received: LiveSubscription['received'] = [];
  const started = new Promise<'ack' | { errorType?: string; message: string }[]>((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('error', (error) => resolve([{ message: String(error) }]));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: any };
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'start',
            payload: { data: JSON.stringify({ query: options.query, variables: options.variables ?? {} }), extensions: { authorization: header } },
          }),
        );
      } else if (message.type === 'start_ack') {
        resolve('ack');
      } else if (message.type === 'error' || message.type === 'connection_error') {
        resolve(message.payload?.errors ?? [{ message: 'refused' }]);
      } else if (message.type === 'data') {
        received.push(message.payload);
      }
    });
  });
  return { started, received, close: () => socket.close() };
}
