import { describe, expect, it } from 'vitest';
import { createLocalRealtimeWebSocket, installLocalRealtime, rewriteRealtimeUrl } from './local-realtime';

const REALTIME = 'ws://127.0.0.1:4000/graphql/realtime';
// What Amplify builds for a non-AWS graphqlUrl: wss, graphql path + /realtime, header and payload params.
const AMPLIFY_URL = 'wss://127.0.0.1:4000/graphql/realtime?header=eyJob3N0IjoiMTI3In0%3D&payload=e30%3D';

class FakeWebSocket {
  static readonly OPEN = 1;
  readonly args: unknown[];
  constructor(...args: unknown[]) {
    this.args = args;
  }
}

describe('rewriteRealtimeUrl', () => {
  it.each([
    ['Amplify URL for the local host', AMPLIFY_URL, REALTIME, `${REALTIME}?header=eyJob3N0IjoiMTI3In0%3D&payload=e30%3D`],
    ['different realtime path', 'wss://127.0.0.1:4000/graphql/realtime?a=1', 'ws://127.0.0.1:4000/rt', 'ws://127.0.0.1:4000/rt?a=1'],
    ['no query string', 'wss://127.0.0.1:4000/graphql/realtime', REALTIME, REALTIME],
    ['realtimeUrl with its own query', 'wss://127.0.0.1:4000/graphql/realtime?b=2', `${REALTIME}?a=1`, `${REALTIME}?a=1&b=2`],
    ['another host', 'wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?x=1', REALTIME, 'wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?x=1'],
    ['another port', 'wss://127.0.0.1:5000/graphql/realtime', REALTIME, 'wss://127.0.0.1:5000/graphql/realtime'],
    ['already plain ws (e.g. Vite HMR)', 'ws://127.0.0.1:4000/?token=abc', REALTIME, 'ws://127.0.0.1:4000/?token=abc'],
    ['unparsable url', 'not a url', REALTIME, 'not a url'],
  ])('%s', (_case, url, realtimeUrl, expected) => {
    // Prepare: inputs come from the table
    // Act
    const rewritten = rewriteRealtimeUrl(url, realtimeUrl);
    // Assess
    expect(rewritten).toBe(expected);
  });

  it('keeps base64 query values byte for byte (no re-encoding)', () => {
    // Prepare
    const url = 'wss://127.0.0.1:4000/graphql/realtime?header=a+b/c==&payload=e30=';
    // Act
    const rewritten = rewriteRealtimeUrl(url, REALTIME);
    // Assess
    expect(rewritten).toBe(`${REALTIME}?header=a+b/c==&payload=e30=`);
  });

  it('also rewrites URLs built for the graphql host when it differs from the realtime host', () => {
    // Prepare
    const url = 'wss://localhost:4000/graphql/realtime?p=1';
    // Act
    const rewritten = rewriteRealtimeUrl(url, 'ws://127.0.0.1:4001/realtime', 'http://localhost:4000/graphql');
    // Assess
    expect(rewritten).toBe('ws://127.0.0.1:4001/realtime?p=1');
  });
});

describe('createLocalRealtimeWebSocket', () => {
  it('rewrites the URL and passes subprotocols and extra arguments through untouched', () => {
    // Prepare
    const LocalWebSocket = createLocalRealtimeWebSocket(FakeWebSocket, { realtimeUrl: REALTIME });
    const protocols = ['graphql-ws', 'header-eyJ4IjoxfQ'];
    const options = { headers: { origin: 'x' } };
    // Act
    const socket = new LocalWebSocket(AMPLIFY_URL, protocols, options);
    // Assess
    expect(socket.args[0]).toBe(`${REALTIME}?header=eyJob3N0IjoiMTI3In0%3D&payload=e30%3D`);
    expect(socket.args[1]).toBe(protocols);
    expect(socket.args[2]).toBe(options);
    expect(socket).toBeInstanceOf(FakeWebSocket);
    expect(LocalWebSocket.OPEN).toBe(1);
  });

  it('accepts URL objects', () => {
    // Prepare
    const LocalWebSocket = createLocalRealtimeWebSocket(FakeWebSocket, { realtimeUrl: REALTIME });
    // Act
    const socket = new LocalWebSocket(new URL(AMPLIFY_URL));
    // Assess
    expect(String(socket.args[0]).startsWith(`${REALTIME}?header=`)).toBe(true);
  });
});

describe('installLocalRealtime', () => {
  it('wraps the host WebSocket once, re-installs over the original, and restores it', () => {
    // Prepare
    const host: { WebSocket?: typeof FakeWebSocket } = { WebSocket: FakeWebSocket };
    // Act
    installLocalRealtime({ realtimeUrl: 'ws://127.0.0.1:1/old' }, host);
    const restore = installLocalRealtime({ realtimeUrl: REALTIME }, host);
    const socket = new host.WebSocket!(AMPLIFY_URL) as FakeWebSocket;
    // Assess
    expect(String(socket.args[0]).startsWith(`${REALTIME}?`)).toBe(true);
    expect(Object.getPrototypeOf(host.WebSocket)).toBe(FakeWebSocket);
    restore();
    expect(host.WebSocket).toBe(FakeWebSocket);
  });

  it('fails loudly when there is no WebSocket to wrap', () => {
    // Prepare
    const host = {};
    // Act
    const install = () => installLocalRealtime({ realtimeUrl: REALTIME }, host);
    // Assess
    expect(install).toThrow(/no WebSocket constructor/);
  });
});
