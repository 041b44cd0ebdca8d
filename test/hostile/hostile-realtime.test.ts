// Hostile input on the realtime endpoint: forged credentials at the handshake and in `start`, documents
// beyond limits, garbage and oversized frames. Each is refused AppSync-style and the endpoint keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { subscribe } from '../harness/realtime-client';

let stack: TestStack;

interface Frame {
  type: string;
  payload?: { errors?: { errorType?: string; message: string }[] };
}

/** Opens a socket with `auth` in its handshake header, sends `frames`, and resolves with the first frame matching `until` (or the close). */
function exchange(auth: Record<string, string>, frames: string[], until: (frame: Frame) => boolean): Promise<Frame | { type: 'closed'; code: number }> {
  const header = Buffer.from(JSON.stringify({ host: new URL(stack.outputs.graphqlUrl).host, ...auth })).toString('base64url');
  const socket = new WebSocket(stack.outputs.realtimeUrl, ['graphql-ws', `header-${header}`]);
  return new Promise((resolve) => {
    socket.on('open', () => frames.forEach((frame) => socket.send(frame)));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as Frame;
      if (until(frame)) {
        socket.terminate();
        resolve(frame);
      }
    });
    socket.on('close', (code) => resolve({ type: 'closed', code }));
    socket.on('error', () => undefined);
  });
}

const init = JSON.stringify({ type: 'connection_init' });
const start = (query: string, auth: Record<string, string>) =>
  JSON.stringify({ id: 'h', type: 'start', payload: { data: JSON.stringify({ query, variables: {} }), extensions: { authorization: { host: new URL(stack.outputs.graphqlUrl).host, ...auth } } } });
const refusal = (frame: Frame) => frame.type === 'error' || frame.type === 'connection_error' || frame.type === 'start_ack';

beforeAll(async () => {
  stack = await startTestStack();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('realtime endpoint under hostile input', () => {
  afterAll(async () => {
    // The endpoint still accepts a well-formed subscription.
    const live = subscribe({ graphqlUrl: stack.outputs.graphqlUrl, realtimeUrl: stack.outputs.realtimeUrl, auth: { 'x-api-key': stack.outputs.apiKey }, query: 'subscription { onEventPublished { id } }' });
    expect(await live.started).toBe('ack');
    live.close();
  });

  it.each([
    ['a forged API key', { 'x-api-key': 'da2-forgedforgedforgedforged' }],
    ['a malformed JWT', { Authorization: 'not.a.jwt' }],
  ])('refuses a connection with %s as UnauthorizedException', async (_label, auth) => {
    // Act
    const answer = await exchange(auth, [init], (frame) => frame.type === 'connection_ack' || frame.type === 'connection_error');
    // Assess
    expect(answer).toMatchObject({ type: 'connection_error', payload: { errors: [{ errorType: 'UnauthorizedException' }] } });
  });

  it('refuses a start whose own authorization carries a forged API key', async () => {
    // Act
    const answer = await exchange({ 'x-api-key': stack.outputs.apiKey }, [init, start('subscription { onEventPublished { id } }', { 'x-api-key': 'da2-forgedforgedforgedforged' })], refusal);
    // Assess
    expect(answer).toMatchObject({ type: 'error', payload: { errors: [{ errorType: expect.any(String) }] } });
  });

  it('refuses a start with a 20,000-level document', async () => {
    // Prepare
    const depth = 20_000;
    const query = `subscription { onEventPublished ${'{ venue '.repeat(depth)}${'}'.repeat(depth)} }`;
    // Act
    const answer = await exchange({ 'x-api-key': stack.outputs.apiKey }, [init, start(query, { 'x-api-key': stack.outputs.apiKey })], refusal);
    // Assess
    expect(answer).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'ValidationError', message: 'Syntax Error: Document is nested too deeply.' }] } });
  });

  it.each([
    ['a frame that is not JSON', 'not json at all', 'BadRequestException'],
    ['a JSON array frame', '[1,2,3]', 'UnsupportedOperation'],
    ['a start without payload', JSON.stringify({ id: 'x', type: 'start' }), 'BadRequestException'],
  ])('answers %s with an error frame (%s)', async (_label, frame, errorType) => {
    // Act
    const answer = await exchange({ 'x-api-key': stack.outputs.apiKey }, [init, frame], (received) => received.type === 'error' || received.type === 'connection_error');
    // Assess
    expect(answer).toMatchObject({ type: 'error', payload: { errors: [{ errorType }] } });
  });

  it('answers a 4 MB start frame with BadRequestException', async () => {
    // Act
    const answer = await exchange({ 'x-api-key': stack.outputs.apiKey }, [init, JSON.stringify({ id: 'big', type: 'start', payload: { data: 'x'.repeat(4 * 1024 * 1024) } })], (frame) => frame.type === 'error');
    // Assess
    expect(answer).toMatchObject({ type: 'error', payload: { errors: [{ errorType: 'BadRequestException' }] } });
  });

  it('closes the socket with 1009 (Message Too Big) on a 20 MB frame, past the 6 MiB frame limit', async () => {
    // AppSync documents no inbound frame limit [U]; the endpoint answers up to the HTTP request cap plus
    // envelope room and refuses larger frames from their header instead of buffering them.
    // Act
    const answer = await exchange({ 'x-api-key': stack.outputs.apiKey }, [init, JSON.stringify({ id: 'big', type: 'start', payload: { data: 'x'.repeat(20 * 1024 * 1024) } })], (frame) => frame.type === 'error');
    // Assess
    expect(answer).toEqual({ type: 'closed', code: 1009 });
  });
});
