// Tests for the explorer's AppSync real-time transport, driven through a fake WebSocket.
import { describe, expect, it } from 'vitest';
import { encodeHeaderProtocol, subscribeRealtime, type SocketLike } from './explorer-realtime';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  sent: { type: string; id?: string; payload?: { data: string; extensions: unknown } }[] = [];
  closedWith: number | undefined;

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(code?: number): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }

  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) } as MessageEvent);
  }

  drop(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' } as CloseEvent);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const results: unknown[] = [];
  let completed = false;
  const authorization = { host: '127.0.0.1:4000', 'x-api-key': 'da2-key' };
  const subscription = subscribeRealtime(
    { realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime', authorization, openSocket: (url, protocols) => sockets[sockets.push(new FakeSocket(url, protocols)) - 1] },
    { query: 'subscription { onEventPublished { id } }', variables: {} },
    { next: (value) => results.push(value), error: () => {}, complete: () => (completed = true) },
  );
  return { socket: sockets[0], results, subscription, authorization, completed: () => completed };
}

describe('subscribeRealtime', () => {
  it('authenticates in the header- subprotocol, starts after the ack and passes data on', () => {
    // Prepare
    const { socket, results, authorization } = setup();

    // Act
    socket.open();
    socket.receive({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
    const start = socket.sent[1];
    socket.receive({ type: 'start_ack', id: start.id });
    socket.receive({ type: 'ka' });
    socket.receive({ type: 'data', id: start.id, payload: { data: { onEventPublished: { id: 'e1' } } } });

    // Assess
    expect(socket.protocols).toEqual(['graphql-ws', encodeHeaderProtocol(authorization)]);
    expect(socket.sent[0]).toEqual({ type: 'connection_init' });
    expect(start.type).toBe('start');
    expect(JSON.parse(start.payload!.data)).toEqual({ query: 'subscription { onEventPublished { id } }', variables: {} });
    expect(start.payload!.extensions).toEqual({ authorization });
    expect(results).toEqual([{ data: { onEventPublished: { id: 'e1' } } }]);
  });

  it('sends stop and closes on unsubscribe', () => {
    // Prepare
    const { socket, subscription } = setup();
    socket.open();
    socket.receive({ type: 'connection_ack', payload: {} });

    // Act
    subscription.unsubscribe();

    // Assess
    expect(socket.sent.at(-1)).toEqual({ type: 'stop', id: socket.sent[1].id });
    expect(socket.closedWith).toBe(1000);
  });

  it.each([
    ['a refused start', { type: 'error', payload: { errors: [{ errorType: 'UnauthorizedException', message: 'no' }] } }, [{ errorType: 'UnauthorizedException', message: 'no' }]],
    ['a refused connection', { type: 'connection_error', payload: { errors: [{ message: 'bad header' }] } }, [{ message: 'bad header' }]],
  ])('reports %s as errors and completes', (_label, message, errors) => {
    // Prepare
    const { socket, results, completed } = setup();
    socket.open();

    // Act
    socket.receive(message);

    // Assess
    expect(results).toEqual([{ errors }]);
    expect(completed()).toBe(true);
  });

  it('reports a socket closed by the server with its code', () => {
    // Prepare
    const { socket, results } = setup();

    // Act
    socket.drop(1002);

    // Assess
    expect(results).toEqual([{ errors: [{ message: 'The realtime connection closed (code 1002).' }] }]);
  });
});

describe('encodeHeaderProtocol', () => {
  it('encodes UTF-8 JSON as unpadded base64url', () => {
    // Act
    const encoded = encodeHeaderProtocol({ host: 'h', Authorization: 'ünïcode?>' });
    // Assess
    expect(encoded).toMatch(/^header-[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(encoded.slice(7), 'base64url').toString('utf8'))).toEqual({ host: 'h', Authorization: 'ünïcode?>' });
  });
});
