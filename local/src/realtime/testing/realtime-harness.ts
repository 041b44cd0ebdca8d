// Test-only: a realtime endpoint on 127.0.0.1:0 with recording fake hooks, and a raw `ws`
// client that queues frames so tests can await them one by one with a bounded wait.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { vi, type Mock } from 'vitest';
import { WebSocket } from 'ws';

import type { RealtimeHooks, RealtimeOptions } from '../options';
import { attachRealtime, type RealtimeEndpoint } from '../server';

export const GOOD_HEADER = { host: 'example.appsync-api.us-east-1.amazonaws.com', 'x-api-key': 'da2-good' };
export const BAD_HEADER = { host: 'example.appsync-api.us-east-1.amazonaws.com', 'x-api-key': 'da2-bad' };
export const SUBSCRIPTION_QUERY = 'subscription OnEvent { onEvent { id } }';

export interface FakeAuth {
  apiKey: string;
}

/** One startSubscription call the fake hooks accepted. */
export interface StartedSubscription {
  id: string;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | null;
  auth: FakeAuth;
  send(payload: { data: unknown; errors?: unknown[] }): void;
  sendSerialized(payload: { json: string; bytes: number }): void;
  complete(): void;
  stop: Mock<() => void>;
}

export interface Harness {
  endpoint: RealtimeEndpoint;
  server: Server;
  /** ws://127.0.0.1:<port><path><suffix> */
  url(path?: string, suffix?: string): string;
  started: StartedSubscription[];
  authenticate: Mock<RealtimeHooks<FakeAuth>['authenticate']>;
  startSubscription: Mock<RealtimeHooks<FakeAuth>['startSubscription']>;
  logs: string[];
  close(): Promise<void>;
}

/** Accepts only GOOD_HEADER's API key, the way an API_KEY authorizer would. */
export async function fakeAuthenticate(header: Record<string, unknown>): Promise<FakeAuth> {
  if (header['x-api-key'] === GOOD_HEADER['x-api-key']) return { apiKey: String(header['x-api-key']) };
  throw { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' };
}

const open: Harness[] = [];

export async function startHarness(
  options: Omit<Partial<RealtimeOptions<FakeAuth>>, 'hooks'> & { hooks?: Partial<RealtimeHooks<FakeAuth>> } = {},
): Promise<Harness> {
  const started: StartedSubscription[] = [];
  const logs: string[] = [];
  const authenticate = vi.fn(options.hooks?.authenticate ?? fakeAuthenticate);
  const startSubscription = vi.fn(
    options.hooks?.startSubscription ??
      (async (input: Parameters<RealtimeHooks<FakeAuth>['startSubscription']>[0]) => {
        const stop = vi.fn<() => void>();
        started.push({ ...input, stop });
        return { stop };
      }),
  );
  const server = createServer((_request, response) => response.writeHead(404).end());
  const endpoint = attachRealtime(server, {
    ...options,
    hooks: { authenticate, startSubscription },
    log: (line) => logs.push(line),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const harness: Harness = {
    endpoint,
    server,
    url: (path = '/graphql/realtime', suffix = '') => `ws://127.0.0.1:${port}${path}${suffix}`,
    started,
    authenticate,
    startSubscription,
    logs,
    async close() {
      await endpoint.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  open.push(harness);
  return harness;
}

/** Closes every harness started by the current test; call from afterEach. */
export async function closeHarnesses(): Promise<void> {
  await Promise.all(open.splice(0).map((harness) => harness.close()));
}

/** `header-<base64url JSON>` without padding, as aws-amplify v6 builds it. */
export function headerSubprotocol(header: unknown): string {
  return `header-${Buffer.from(JSON.stringify(header)).toString('base64url')}`;
}

/** `?header=<base64 JSON>&payload=e30=` as the AWS guide documents it (unencoded, like old clients). */
export function headerQuery(header: unknown): string {
  return `?header=${Buffer.from(JSON.stringify(header)).toString('base64')}&payload=e30=`;
}

export function startFrame(
  id: string,
  operation: Record<string, unknown> = { query: SUBSCRIPTION_QUERY, variables: {} },
  authorization: unknown = GOOD_HEADER,
): Record<string, unknown> {
  return { id, type: 'start', payload: { data: JSON.stringify(operation), extensions: { authorization } } };
}

export interface TestClient {
  socket: WebSocket;
  protocol: string;
  /** Next frame, parsed; rejects after `timeoutMs` so a missing frame fails instead of hanging. */
  next(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves true when no frame arrives within `ms`. */
  silentFor(ms: number): Promise<boolean>;
  send(message: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

const clients: WebSocket[] = [];

/** Opens a raw client; rejects with the HTTP status when the upgrade is refused. */
export function connect(url: string, protocols: string[]): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols);
    clients.push(socket);
    const queue: Record<string, unknown>[] = [];
    const waiters: Array<(message: Record<string, unknown>) => void> = [];
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      const waiter = waiters.shift();
      if (waiter) waiter(message);
      else queue.push(message);
    });
    const closed = new Promise<{ code: number; reason: string }>((resolveClosed) =>
      socket.on('close', (code, reason) => resolveClosed({ code, reason: String(reason) })),
    );
    socket.on('unexpected-response', (_request, response) => {
      reject(new UpgradeRefused(response.statusCode ?? 0));
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
    socket.on('open', () =>
      resolve({
        socket,
        protocol: socket.protocol,
        next(timeoutMs = 1_000) {
          const queued = queue.shift();
          if (queued) return Promise.resolve(queued);
          return new Promise((resolveNext, rejectNext) => {
            const waiter = (message: Record<string, unknown>) => {
              clearTimeout(timer);
              resolveNext(message);
            };
            const timer = setTimeout(() => {
              const index = waiters.indexOf(waiter);
              if (index >= 0) waiters.splice(index, 1);
              rejectNext(new Error(`no frame within ${timeoutMs} ms`));
            }, timeoutMs);
            waiters.push(waiter);
          });
        },
        async silentFor(ms) {
          if (queue.length > 0) return false;
          await new Promise((resolveWait) => setTimeout(resolveWait, ms));
          return queue.length === 0;
        },
        send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
        closed,
        close: () => socket.close(),
      }),
    );
  });
}

/** Terminates every client opened by the current test; call from afterEach. */
export function closeClients(): void {
  for (const socket of clients.splice(0)) socket.terminate();
}

/** Connects with GOOD_HEADER, sends connection_init and consumes the ack and first ka. */
export async function connectAcked(harness: Harness): Promise<TestClient> {
  const client = await connect(harness.url(), ['graphql-ws', headerSubprotocol(GOOD_HEADER)]);
  client.send({ type: 'connection_init' });
  await client.next(); // connection_ack
  await client.next(); // ka
  return client;
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with HTTP ${status}`);
    this.name = 'UpgradeRefused';
  }
}
