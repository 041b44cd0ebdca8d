// Attaches the AppSync real-time WebSocket endpoint to a node:http server: decides which
// upgrades are ours, accepts them with the `graphql-ws` subprotocol, and keeps the registry
// of live connections so the endpoint can be counted and shut down.

import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocketServer } from 'ws';

import { type Connection, openConnection } from './connection';
import { parseSubprotocols, readHandshakeHeader } from './handshake-header';
import { type RealtimeOptions, resolveSettings } from './options';
import { REALTIME_SUBPROTOCOL } from './protocol';

export type { RealtimeHooks, RealtimeOptions } from './options';
export type { RealtimeError } from './protocol';

/** Handle returned by attachRealtime. */
export interface RealtimeEndpoint {
  /** Terminates every socket, stops their subscriptions, clears timers and detaches from the server. */
  close(): Promise<void>;
  connectionCount(): number;
  /** Acknowledged subscriptions across all connections. */
  subscriptionCount(): number;
}

/**
 * Largest frame read from a client. [U] AppSync documents no inbound limit; a `start` carries a GraphQL request,
 * so frames are held to the HTTP request cap (5 MB) plus room for the escaped `data` string and the auth
 * extensions, and are answered AppSync-style up to that. Beyond it ws refuses from the frame header, without
 * buffering the body, and closes with 1009 (Message Too Big) — instead of reading up to its 100 MiB default.
 */
export const MAX_INBOUND_FRAME_BYTES = 6 * 1024 * 1024;

export function attachRealtime<A>(server: Server, options: RealtimeOptions<A>): RealtimeEndpoint {
  const settings = resolveSettings(options);
  const { hooks } = options;
  const paths = new Set(settings.paths);
  const connections = new Set<Connection>();
  let closed = false;
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: MAX_INBOUND_FRAME_BYTES,
    // Amplify v6 also offers `header-…`; AppSync always answers with graphql-ws alone.
    handleProtocols: (protocols) => (protocols.has(REALTIME_SUBPROTOCOL) ? REALTIME_SUBPROTOCOL : false),
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!paths.has(url.pathname)) {
        // Another upgrade listener may own this path; answer only when nobody else can,
        // otherwise the client would hang until its own timeout.
        if (server.listenerCount('upgrade') <= 1) rejectUpgrade(socket, 404, 'Not Found');
        return;
      }
      const subprotocols = parseSubprotocols(request.headers['sec-websocket-protocol']);
      if (!subprotocols.includes(REALTIME_SUBPROTOCOL)) {
        rejectUpgrade(socket, 400, `The "${REALTIME_SUBPROTOCOL}" subprotocol is required.`);
        return;
      }
      // A missing or garbled auth header is not refused here: the client gets a readable
      // connection_error on an open socket, which Amplify reports as non-retryable.
      const handshake = readHandshakeHeader(subprotocols, url.searchParams);
      const context = { sourceIp: sourceIpOf(request), path: url.pathname };
      wss.handleUpgrade(request, socket, head, (ws) => {
        if (closed) {
          ws.terminate();
          return;
        }
        const connection = openConnection({
          socket: ws,
          hooks,
          settings,
          request: context,
          handshake,
          onClosed: () => connections.delete(connection),
        });
        connections.add(connection);
      });
    } catch (error) {
      settings.log(`realtime: upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
    }
  };
  server.on('upgrade', onUpgrade);

  return {
    async close() {
      if (closed) return;
      closed = true;
      server.off('upgrade', onUpgrade);
      for (const connection of [...connections]) connection.terminate();
      connections.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    connectionCount: () => connections.size,
    subscriptionCount: () => [...connections].reduce((sum, connection) => sum + connection.subscriptionCount(), 0),
  };
}

/** Answers an upgrade with a plain HTTP error, the way ws itself aborts a handshake. */
function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  socket.on('error', () => socket.destroy());
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(message)}\r\n` +
      '\r\n' +
      message,
  );
}

/** The peer address as AppSync reports it in `identity.sourceIp`: plain IPv4 when mapped. */
function sourceIpOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
