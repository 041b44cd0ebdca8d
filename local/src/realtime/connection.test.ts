// One socket's protocol, driven through a real server with a raw ws client and fake hooks:
// init/ack/ka, the start → start_ack → data → stop → complete lifecycle, and every error path.

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { RealtimeHooks } from './options';
import {
  closeClients,
  closeHarnesses,
  connect,
  connectAcked,
  type FakeAuth,
  fakeAuthenticate,
  GOOD_HEADER,
  headerSubprotocol,
  startFrame,
  startHarness,
  SUBSCRIPTION_QUERY,
} from './testing/realtime-harness';

type StartInput = Parameters<RealtimeHooks<FakeAuth>['startSubscription']>[0];

afterEach(async () => {
  closeClients();
  await closeHarnesses();
});

/** A promise plus its resolver, to hold a hook open while the test acts. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('connection: init, ack and keep-alive', () => {
  it('acks with the configured connectionTimeoutMs, then sends ka at once', async () => {
    // Prepare
    const harness = await startHarness({ connectionTimeoutMs: 1_234 });
    const client = await connect(harness.url(), ['graphql-ws', headerSubprotocol(GOOD_HEADER)]);

    // Act
    client.send({ type: 'connection_init' });
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(frames).toEqual([{ type: 'connection_ack', payload: { connectionTimeoutMs: 1_234 } }, { type: 'ka' }]);
  });

  it('keeps sending ka every keepAliveMs', async () => {
    // Prepare
    const harness = await startHarness({ keepAliveMs: 20 });
    const client = await connectAcked(harness);

    // Act
    const frames = [await client.next(200), await client.next(200)];

    // Assess
    expect(frames).toEqual([{ type: 'ka' }, { type: 'ka' }]);
  });

  it('acks a repeated connection_init without starting a second keep-alive loop', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send({ type: 'connection_init' });
    const ack = await client.next();
    const silent = await client.silentFor(50);

    // Assess
    expect(ack).toMatchObject({ type: 'connection_ack' });
    expect(silent).toBe(true);
  });

  it('accepts start without connection_init, since AWS makes init optional', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connect(harness.url(), ['graphql-ws', headerSubprotocol(GOOD_HEADER)]);

    // Act
    client.send(startFrame('s1'));
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(frames).toEqual([{ type: 'ka' }, { type: 'start_ack', id: 's1' }]);
  });

  it('holds frames that arrive while the connection header is still being authenticated', async () => {
    // Prepare
    const gate = deferred<void>();
    const harness = await startHarness({
      hooks: {
        authenticate: async (header) => {
          if (header['x-amz-date'] === 'slow') await gate.promise;
          return fakeAuthenticate(header);
        },
      },
    });
    const client = await connect(harness.url(), ['graphql-ws', headerSubprotocol({ ...GOOD_HEADER, 'x-amz-date': 'slow' })]);
    client.send({ type: 'connection_init' });
    client.send(startFrame('s1'));
    expect(await client.silentFor(30)).toBe(true);

    // Act
    gate.resolve();
    const frames = [await client.next(), await client.next(), await client.next()];

    // Assess
    expect(frames.map((frame) => frame.type)).toEqual(['connection_ack', 'ka', 'start_ack']);
  });
});

describe('connection: start', () => {
  it('acks a start, hands the operation to the hook and delivers data', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    const operation = { query: SUBSCRIPTION_QUERY, variables: { id: '7' }, operationName: 'OnEvent' };

    // Act
    client.send(startFrame('s1', operation));
    const ack = await client.next();
    harness.started[0]?.send({ data: { onEvent: { id: '7' } } });
    const data = await client.next();

    // Assess
    expect(ack).toEqual({ type: 'start_ack', id: 's1' });
    expect(data).toEqual({ type: 'data', id: 's1', payload: { data: { onEvent: { id: '7' } } } });
    expect(harness.startSubscription).toHaveBeenCalledWith(
      expect.objectContaining({ id: 's1', ...operation, auth: { apiKey: GOOD_HEADER['x-api-key'] } }),
    );
    expect(harness.authenticate).toHaveBeenLastCalledWith(GOOD_HEADER, { sourceIp: '127.0.0.1', path: '/graphql/realtime' }, { phase: 'start', data: JSON.stringify(operation) });
    expect(harness.endpoint.subscriptionCount()).toBe(1);
  });

  it('delivers data sent during startSubscription only after start_ack', async () => {
    // Prepare
    const harness = await startHarness({
      hooks: {
        startSubscription: async (input: StartInput) => {
          input.send({ data: { onEvent: { id: 'early' } } });
          return { stop() {} };
        },
      },
    });
    const client = await connectAcked(harness);

    // Act
    client.send(startFrame('s1'));
    const frames = [await client.next(), await client.next()];

    // Assess
    expect(frames.map((frame) => frame.type)).toEqual(['start_ack', 'data']);
  });

  it('delivers a pre-serialized payload as is, checking its byte count against the limit', async () => {
    // Prepare
    const harness = await startHarness({ maxPayloadBytes: 40 });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    const json = JSON.stringify({ data: { onEvent: { id: 'shared' } } });

    // Act
    harness.started[0]?.sendSerialized({ json, bytes: Buffer.byteLength(json) });
    const data = await client.next();
    harness.started[0]?.sendSerialized({ json, bytes: 41 });
    const error = await client.next();

    // Assess
    expect(data).toEqual({ type: 'data', id: 's1', payload: JSON.parse(json) });
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'LimitExceededError' }] } });
  });

  it('ends a subscription the server completes with complete, keeping the socket and its other subscriptions', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    client.send(startFrame('s2'));
    await client.next();
    await client.next();
    const [first, second] = harness.started;

    // Act
    first?.complete();
    const completed = await client.next();
    first?.complete();
    first?.send({ data: { onEvent: { id: 'late' } } });
    second?.send({ data: { onEvent: { id: 'still' } } });
    const data = await client.next();

    // Assess
    expect(completed).toEqual({ type: 'complete', id: 's1' });
    expect(data).toEqual({ type: 'data', id: 's2', payload: { data: { onEvent: { id: 'still' } } } });
    expect(first?.stop).toHaveBeenCalledOnce();
    expect(harness.endpoint.subscriptionCount()).toBe(1);
  });

  it('passes payload errors through with the data', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    const payload = { data: { onEvent: null }, errors: [{ message: 'Cannot return null', path: ['onEvent', 'id'] }] };

    // Act
    harness.started[0]?.send(payload);
    const data = await client.next();

    // Assess
    expect(data).toEqual({ type: 'data', id: 's1', payload });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['has no payload', { id: 's1', type: 'start' }, '"payload" object'],
    ['has data as an object', { id: 's1', type: 'start', payload: { data: { query: SUBSCRIPTION_QUERY } } }, '"data" as a JSON string'],
    ['has data that is not JSON', { id: 's1', type: 'start', payload: { data: '{"query":' } }, 'not valid JSON'],
    ['has no query', { id: 's1', type: 'start', payload: { data: '{"variables":{}}' } }, '"query" string'],
    ['has string variables', { id: 's1', type: 'start', payload: { data: '{"query":"subscription { a }","variables":"v"}' } }, '"variables"'],
  ])('answers BadRequestException when the start %s', async (_name, frame, fragment) => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send(frame);
    const error = await client.next();

    // Assess
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'BadRequestException' }] } });
    expect((error.payload as { errors: Array<{ message: string }> }).errors[0]?.message).toContain(fragment);
    expect(harness.startSubscription).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['no id', undefined],
    ['an empty id', ''],
    ['a numeric id', 5],
  ])('answers an id-less BadRequestException for a start with %s', async (_name, id) => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send({ ...startFrame('x'), id });
    const error = await client.next();

    // Assess
    expect(error).toEqual({
      type: 'error',
      payload: { errors: [{ errorType: 'BadRequestException', message: 'start message requires a non-empty string "id".' }] },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['is missing', { payload: { data: JSON.stringify({ query: SUBSCRIPTION_QUERY }) } }, 'Valid authorization header not provided.'],
    ['is not an object', { payload: { data: JSON.stringify({ query: SUBSCRIPTION_QUERY }), extensions: { authorization: 'k' } } }, 'Valid authorization header not provided.'],
    ['is refused by authenticate', startFrame('s1', undefined, { ...GOOD_HEADER, 'x-api-key': 'da2-revoked' }), 'You are not authorized to make this call.'],
  ])('answers UnauthorizedException when the start authorization %s', async (_name, frame, message) => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send({ ...frame, id: 's1', type: 'start' });
    const error = await client.next();

    // Assess
    expect(error).toEqual({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'UnauthorizedException', message }] } });
    expect(harness.startSubscription).not.toHaveBeenCalled();
  });

  it('answers with the errors startSubscription returns, and frees the id', async () => {
    // Prepare
    const refusal = { errorType: 'Unauthorized', message: 'Not Authorized to access onEvent on type Subscription' };
    const harness = await startHarness({ hooks: { startSubscription: async () => ({ errors: [refusal] }) } });
    const client = await connectAcked(harness);

    // Act
    client.send(startFrame('s1'));
    const first = await client.next();
    client.send(startFrame('s1'));
    const second = await client.next();

    // Assess
    expect(first).toEqual({ type: 'error', id: 's1', payload: { errors: [refusal] } });
    expect(second).toEqual(first);
    expect(harness.endpoint.subscriptionCount()).toBe(0);
  });

  it.each<[string, RealtimeHooks<FakeAuth>['startSubscription']]>([
    ['throws', () => Promise.reject(new Error('resolver crashed'))],
    ['returns an empty errors list', async () => ({ errors: [] })],
  ])('answers InternalFailure when startSubscription %s', async (_name, startSubscription) => {
    // Prepare
    const harness = await startHarness({ hooks: { startSubscription } });
    const client = await connectAcked(harness);

    // Act
    client.send(startFrame('s1'));
    const error = await client.next();

    // Assess
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'InternalFailure' }] } });
    expect(JSON.stringify(error)).not.toContain('resolver crashed');
  });

  it('refuses a duplicate id and keeps the original subscription', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();

    // Act
    client.send(startFrame('s1'));
    const error = await client.next();
    harness.started[0]?.send({ data: { onEvent: { id: 'still here' } } });
    const data = await client.next();

    // Assess
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'BadRequestException' }] } });
    expect(data).toMatchObject({ type: 'data', id: 's1' });
    expect(harness.startSubscription).toHaveBeenCalledOnce();
  });

  it('refuses a duplicate id even while the first start is still pending', async () => {
    // Prepare
    const gate = deferred<void>();
    const harness = await startHarness({
      hooks: {
        startSubscription: async () => {
          await gate.promise;
          return { stop() {} };
        },
      },
    });
    const client = await connectAcked(harness);

    // Act
    client.send(startFrame('s1'));
    client.send(startFrame('s1'));
    const error = await client.next();
    gate.resolve();
    const ack = await client.next();

    // Assess
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'BadRequestException' }] } });
    expect(ack).toEqual({ type: 'start_ack', id: 's1' });
  });

  it('answers MaxSubscriptionsReachedError beyond maxSubscriptionsPerConnection', async () => {
    // Prepare
    const harness = await startHarness({ maxSubscriptionsPerConnection: 2 });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    client.send(startFrame('s2'));
    await client.next();
    await client.next();

    // Act
    client.send(startFrame('s3'));
    const error = await client.next();

    // Assess
    expect(error).toEqual({
      type: 'error',
      id: 's3',
      payload: { errors: [{ errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 2 subscriptions reached for this connection.' }] },
    });
    expect(harness.endpoint.subscriptionCount()).toBe(2);
  });

  it('does not deliver an oversized payload: it ends the subscription with LimitExceededError', async () => {
    // Prepare
    const harness = await startHarness({ maxPayloadBytes: 64 });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    const subscription = harness.started[0];

    // Act
    subscription?.send({ data: { onEvent: { id: 'x'.repeat(100) } } });
    const error = await client.next();
    subscription?.send({ data: { onEvent: { id: 'small' } } });
    const silent = await client.silentFor(50);

    // Assess
    expect(error).toMatchObject({ type: 'error', id: 's1', payload: { errors: [{ errorType: 'LimitExceededError' }] } });
    expect(silent).toBe(true);
    expect(subscription?.stop).toHaveBeenCalledOnce();
    expect(harness.endpoint.subscriptionCount()).toBe(0);
    expect(harness.logs.join('\n')).toMatch(/"s1" not delivered: \d+ bytes exceeds the 64-byte limit/);
  });

  it('delivers a payload of exactly maxPayloadBytes', async () => {
    // Prepare
    const payload = { data: { onEvent: { id: 'fits' } } };
    const harness = await startHarness({ maxPayloadBytes: Buffer.byteLength(JSON.stringify(payload)) });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();

    // Act
    harness.started[0]?.send(payload);
    const data = await client.next();

    // Assess
    expect(data).toEqual({ type: 'data', id: 's1', payload });
  });

  it('logs and skips a payload that cannot be serialized', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    const circular: Record<string, unknown> = {};
    circular.self = circular;

    // Act
    harness.started[0]?.send({ data: circular });
    const silent = await client.silentFor(50);

    // Assess
    expect(silent).toBe(true);
    expect(harness.logs.join('\n')).toContain('not serializable');
    expect(harness.endpoint.subscriptionCount()).toBe(1);
  });
});

describe('connection: stop', () => {
  it('answers complete, calls the hook stop and ignores later sends', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    const subscription = harness.started[0];

    // Act
    client.send({ type: 'stop', id: 's1' });
    const done = await client.next();
    subscription?.send({ data: { onEvent: { id: 'late' } } });
    const silent = await client.silentFor(50);

    // Assess
    expect(done).toEqual({ type: 'complete', id: 's1' });
    expect(subscription?.stop).toHaveBeenCalledOnce();
    expect(silent).toBe(true);
    expect(harness.endpoint.subscriptionCount()).toBe(0);
  });

  it('answers an error for an unknown id', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.send({ type: 'stop', id: 'nope' });
    const error = await client.next();

    // Assess
    expect(error).toEqual({
      type: 'error',
      id: 'nope',
      payload: { errors: [{ errorType: 'BadRequestException', message: 'No subscription with id "nope" on this connection.' }] },
    });
  });

  it('completes a stop that arrives while the start is pending, then stops the late subscription', async () => {
    // Prepare
    const gate = deferred<void>();
    const stop = vi.fn();
    const harness = await startHarness({
      hooks: {
        startSubscription: async () => {
          await gate.promise;
          return { stop };
        },
      },
    });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await vi.waitFor(() => expect(harness.startSubscription).toHaveBeenCalledOnce(), { timeout: 1_000 });

    // Act
    client.send({ type: 'stop', id: 's1' });
    const done = await client.next();
    gate.resolve();
    await vi.waitFor(() => expect(stop).toHaveBeenCalledOnce(), { timeout: 1_000 });
    const silent = await client.silentFor(50);

    // Assess
    expect(done).toEqual({ type: 'complete', id: 's1' });
    expect(silent).toBe(true);
  });

  it('never starts a subscription whose stop arrived while its authorization was pending', async () => {
    // Prepare
    const gate = deferred<void>();
    const harness = await startHarness({
      hooks: {
        authenticate: async (header) => {
          if (header['x-amz-date'] === 'slow') await gate.promise;
          return fakeAuthenticate(header);
        },
      },
    });
    const client = await connectAcked(harness);
    client.send(startFrame('s1', undefined, { ...GOOD_HEADER, 'x-amz-date': 'slow' }));

    // Act
    client.send({ type: 'stop', id: 's1' });
    const done = await client.next();
    gate.resolve();
    const silent = await client.silentFor(50);

    // Assess
    expect(done).toEqual({ type: 'complete', id: 's1' });
    expect(silent).toBe(true);
    expect(harness.startSubscription).not.toHaveBeenCalled();
  });

  it('lets a new subscription reuse a stopped id without receiving the old one\'s data', async () => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();
    client.send({ type: 'stop', id: 's1' });
    await client.next();

    // Act
    client.send(startFrame('s1'));
    await client.next();
    harness.started[0]?.send({ data: { onEvent: { id: 'old' } } });
    harness.started[1]?.send({ data: { onEvent: { id: 'new' } } });
    const data = await client.next();

    // Assess
    expect(data).toEqual({ type: 'data', id: 's1', payload: { data: { onEvent: { id: 'new' } } } });
  });
});

describe('connection: other frames', () => {
  it.each<[string, string | Buffer, Record<string, unknown>]>([
    [
      'an unknown type',
      JSON.stringify({ id: 'x', type: 'subscribe', payload: {} }),
      { errorType: 'UnsupportedOperation', message: 'unknown not supported through the realtime channel' },
    ],
    ['a frame without type', '{"id":"x"}', { errorType: 'UnsupportedOperation' }],
    ['text that is not JSON', '{nope', { errorType: 'BadRequestException', message: 'Message is not valid JSON.' }],
    ['a binary frame', Buffer.from('{"type":"connection_init"}'), { errorType: 'BadRequestException' }],
  ])('answers an id-less error for %s and keeps the socket open', async (_name, frame, expected) => {
    // Prepare
    const harness = await startHarness();
    const client = await connectAcked(harness);

    // Act
    client.socket.send(frame);
    const error = await client.next();
    client.send(startFrame('s1'));
    const ack = await client.next();

    // Assess
    expect(error).toMatchObject({ type: 'error', payload: { errors: [expected] } });
    expect(error).not.toHaveProperty('id');
    expect(ack).toEqual({ type: 'start_ack', id: 's1' });
  });
});

describe('connection: socket close', () => {
  it('stops every subscription of the connection, and only those', async () => {
    // Prepare
    const harness = await startHarness();
    const leaving = await connectAcked(harness);
    const staying = await connectAcked(harness);
    leaving.send(startFrame('a'));
    leaving.send(startFrame('b'));
    staying.send(startFrame('c'));
    await Promise.all([leaving.next(), leaving.next(), staying.next()]);

    // Act
    leaving.close();
    await leaving.closed;
    await vi.waitFor(() => expect(harness.endpoint.connectionCount()).toBe(1), { timeout: 1_000 });

    // Assess
    const stopped = harness.started.filter((subscription) => subscription.stop.mock.calls.length > 0).map((subscription) => subscription.id);
    expect(stopped.sort()).toEqual(['a', 'b']);
    expect(harness.endpoint.subscriptionCount()).toBe(1);
  });

  it('survives a stop function that throws', async () => {
    // Prepare
    const harness = await startHarness({
      hooks: {
        startSubscription: async () => ({
          stop() {
            throw new Error('stop bug');
          },
        }),
      },
    });
    const client = await connectAcked(harness);
    client.send(startFrame('s1'));
    await client.next();

    // Act
    client.send({ type: 'stop', id: 's1' });
    const done = await client.next();

    // Assess
    expect(done).toEqual({ type: 'complete', id: 's1' });
    expect(harness.logs.join('\n')).toContain('stop bug');
  });
});
