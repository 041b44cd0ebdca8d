// The upgrade side of the endpoint: which requests are accepted, how the auth header
// reaches hooks.authenticate, connection-level refusals, and shutdown.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';

import { attachRealtime, MAX_INBOUND_FRAME_BYTES } from './server';
import {
  BAD_HEADER,
  closeClients,
  closeHarnesses,
  connect,
  connectAcked,
  GOOD_HEADER,
  headerQuery,
  headerSubprotocol,
  startFrame,
  startHarness,
  UpgradeRefused,
} from './testing/realtime-harness';

afterEach(async () => {
  closeClients();
  await closeHarnesses();
});

describe('attachRealtime: handshake', () => {
  it.each<[string, (header: unknown) => { protocols: string[]; suffix: string }]>([
    ['the header- subprotocol (aws-amplify v6)', (header) => ({ protocols: ['graphql-ws', headerSubprotocol(header)], suffix: '' })],
    ['the ?header=&payload= query (AWS guide)', (header) => ({ protocols: ['graphql-ws'], suffix: headerQuery(header) })],
  ])('accepts auth through %s and answers graphql-ws', async (_name, transport) => {
    // Prepare
    const harness = await startHarness();
    const { protocols, suffix } = transport(GOOD_HEADER);

    // Act
    const client = await connect(harness.url('/graphql/realtime', suffix), protocols);
    client.send({ type: 'connection_init' });
    const ack = await client.next();

    // Assess
    expect(client.protocol).toBe('graphql-ws');
    expect(ack).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300_000 } });
    expect(harness.authenticate).toHaveBeenCalledWith(GOOD_HEADER, { sourceIp: '127.0.0.1', path: '/graphql/realtime' }, { phase: 'connection' });
    expect(harness.endpoint.connectionCount()).toBe(1);
  });

  it.each<[string, string[], string]>([
    ['no header at all', ['graphql-ws'], ''],
    ['only payload=e30=', ['graphql-ws'], '?payload=e30='],
    ['a subprotocol header that is not JSON', ['graphql-ws', `header-${Buffer.from('nope').toString('base64url')}`], ''],
    ['a query header that is not base64', ['graphql-ws'], '?header=%25%25%25&payload=e30='],
  ])('sends connection_error BadRequestException then closes for %s', async (_name, protocols, suffix) => {
    // Prepare
    const harness = await startHarness();

    // Act
    const client = await connect(harness.url('/graphql/realtime', suffix), protocols);
    const message = await client.next();
    const closed = await client.closed;

    // Assess
    expect(message).toMatchObject({
      type: 'connection_error',
      payload: { errors: [{ errorType: 'BadRequestException', errorCode: 400 }] },
    });
    expect(closed.code).toBe(1008);
    expect(harness.authenticate).not.toHaveBeenCalled();
  });

  it('sends connection_error UnauthorizedException 401 then closes when authenticate rejects', async () => {
    // Prepare
    const harness = await startHarness();

    // Act
    const client = await connect(harness.url(), ['graphql-ws', headerSubprotocol(BAD_HEADER)]);
    client.send({ type: 'connection_init' });
    const message = await client.next();
    const closed = await client.closed;

    // Assess
    expect(message).toEqual({
      type: 'connection_error',
      payload: {
        errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 }],
      },
    });
    expect(closed.code).toBe(1008);
    await vi.waitFor(() => expect(harness.endpoint.connectionCount()).toBe(0), { timeout: 1_000 });
  });

  it('keeps the errorCode an authenticate rejection carries, and hides an unshaped one', async () => {
    // Prepare
    const shaped = await startHarness({
      hooks: { authenticate: () => Promise.reject({ errorType: 'UnauthorizedException', message: 'expired', errorCode: 403 }) },
    });
    const unshaped = await startHarness({ hooks: { authenticate: () => Promise.reject(new Error('db down')) } });

    // Act
    const first = await (await connect(shaped.url(), ['graphql-ws', headerSubprotocol(GOOD_HEADER)])).next();
    const second = await (await connect(unshaped.url(), ['graphql-ws', headerSubprotocol(GOOD_HEADER)])).next();

    // Assess
    expect(first).toMatchObject({ payload: { errors: [{ message: 'expired', errorCode: 403 }] } });
    expect(second).toMatchObject({
      payload: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 }] },
    });
    expect(unshaped.logs.join('\n')).toContain('db down');
  });

  it('refuses the upgrade with HTTP 400 when graphql-ws is not offered', async () => {
    // Prepare
    const harness = await startHarness();

    // Act
    const attempt = connect(harness.url(), [headerSubprotocol(GOOD_HEADER)]);

    // Assess
    await expect(attempt).rejects.toEqual(new UpgradeRefused(400));
  });

  it('answers 404 on other paths when it is the only upgrade listener', async () => {
    // Prepare
    const harness = await startHarness();

    // Act
    const attempt = connect(harness.url('/graphql'), ['graphql-ws', headerSubprotocol(GOOD_HEADER)]);

    // Assess
    await expect(attempt).rejects.toEqual(new UpgradeRefused(404));
  });

  it('leaves other paths to another upgrade listener', async () => {
    // Prepare
    const server = createServer();
    const endpoint = attachRealtime(server, { hooks: { authenticate: async () => ({}), startSubscription: async () => ({ stop() {} }) } });
    const other = new WebSocketServer({ noServer: true });
    server.on('upgrade', (request, socket, head) => {
      if (request.url === '/other') other.handleUpgrade(request, socket, head, (ws) => ws.send('{"type":"other"}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    try {
      // Act
      const client = await connect(`ws://127.0.0.1:${port}/other`, []);
      const message = await client.next();

      // Assess
      expect(message).toEqual({ type: 'other' });
      expect(endpoint.connectionCount()).toBe(0);
    } finally {
      // The other listener's sockets outlive server.close() unless the client goes first.
      closeClients();
      await endpoint.close();
      other.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('serves the configured paths instead of the default', async () => {
    // Prepare
    const harness = await startHarness({ paths: ['/rt'] });
    const protocols = ['graphql-ws', headerSubprotocol(GOOD_HEADER)];

    // Act
    const client = await connect(harness.url('/rt'), protocols);
    const refused = connect(harness.url('/graphql/realtime'), protocols);

    // Assess
    expect(client.protocol).toBe('graphql-ws');
    await expect(refused).rejects.toEqual(new UpgradeRefused(404));
  });
});

describe('attachRealtime: inbound frame size', () => {
  /** A start frame of exactly `bytes`, whose `data` is not JSON (so it is answered, not run). */
  function startFrameOf(bytes: number): string {
    const shell = JSON.stringify({ id: 'big', type: 'start', payload: { data: '' } });
    return JSON.stringify({ id: 'big', type: 'start', payload: { data: 'x'.repeat(bytes - shell.length) } });
  }

  it('answers a frame of exactly the limit AppSync-style', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send(startFrameOf(MAX_INBOUND_FRAME_BYTES));
    const answer = await client.next(5_000);

    // Assess
    expect(answer).toMatchObject({ type: 'error', id: 'big', payload: { errors: [{ errorType: 'BadRequestException' }] } });
  });

  it('closes with 1009 on a frame one byte over the limit, and keeps serving other sockets', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send(startFrameOf(MAX_INBOUND_FRAME_BYTES + 1));
    const closed = await client.closed;
    const other = await connectAcked(harness);
    other.send(startFrame('s1'));
    const ack = await other.next();

    // Assess
    expect(closed.code).toBe(1009);
    expect(ack).toEqual({ type: 'start_ack', id: 's1' });
  });
});

describe('attachRealtime: close()', () => {
  it('terminates sockets, stops their subscriptions and detaches', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    expect(harness.endpoint.subscriptionCount()).toBe(1);

    // Act
    await harness.endpoint.close();
    const closed = await client.closed;

    // Assess
    expect(closed.code).toBe(1006);
    expect(harness.started[0]?.stop).toHaveBeenCalledOnce();
    expect(harness.endpoint.connectionCount()).toBe(0);
    expect(harness.server.listenerCount('upgrade')).toBe(0);
  });

  it('can be called twice', async () => {
    // Prepare
    const harness = await startHarness();

    // Act
    await harness.endpoint.close();
    const second = harness.endpoint.close();

    // Assess
    await expect(second).resolves.toBeUndefined();
  });
});
