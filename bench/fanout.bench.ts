// Subscription fan-out: 1,000 raw WebSocket subscribers of a real local server (in a child process, so
// its event loop is its own) receive each published mutation; latency runs from sending the mutation to
// each receipt, and includes the subscribers' receive work since they share this process (performance.md §2 d).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { FIXTURE_API_KEY } from '../test/conformance/realtime-fixture/realtime-fixture';
import type { BenchModule, BenchRow } from './types';

const SUBSCRIBERS = 1_000;
const WARMUP_ROUNDS = 5;
const ROUNDS = 20;
/** A delivery not received this long after its mutation was sent counts as lost. */
const LOSS_TIMEOUT_MS = 2_000;
const CONNECT_BATCH = 50;
/** About 1 KB per data frame, as in performance.md's raw ws measurement. */
const TITLE = 'x'.repeat(900);

interface ServerInfo {
  graphqlUrl: string;
  realtimeUrl: string;
  host: string;
}

interface Subscriber {
  socket: WebSocket;
  /** Receipt time per round id. */
  received: Map<string, number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function request<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string } & T) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

/** Opens one socket and one subscription; resolves on start_ack. */
function subscribe(server: ServerInfo, index: number, groups: number, onData: (subscriber: Subscriber, id: string) => void): Promise<Subscriber> {
  const header = Buffer.from(JSON.stringify({ host: server.host, 'x-api-key': FIXTURE_API_KEY })).toString('base64url');
  const socket = new WebSocket(server.realtimeUrl, ['graphql-ws', `header-${header}`], { perMessageDeflate: false });
  const subscriber: Subscriber = { socket, received: new Map() };
  // With more than one group, each subscriber's enhanced filter differs (and matches every ticket).
  const operation =
    groups === 1
      ? { query: 'subscription { onTicket { id title group severity } }', variables: {} }
      : {
          query: 'subscription($raw: AWSJSON) { onFilteredTicket(raw: $raw) { id title group severity } }',
          variables: { raw: JSON.stringify({ filterGroup: [{ filters: [{ fieldName: 'severity', operator: 'ge', value: -(index % groups) }] }] }) },
        };
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init' }));
      socket.send(JSON.stringify({ id: 's', type: 'start', payload: { data: JSON.stringify(operation), extensions: { authorization: { host: server.host, 'x-api-key': FIXTURE_API_KEY } } } }));
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: Record<string, { id: string }> } };
      if (message.type === 'start_ack') resolve(subscriber);
      else if (message.type === 'error') reject(new Error(String(data)));
      else if (message.type === 'data') onData(subscriber, Object.values(message.payload!.data!)[0].id);
    });
  });
}

async function scenario(child: ChildProcess, server: ServerInfo, groups: number): Promise<BenchRow[]> {
  const label = `${SUBSCRIBERS.toLocaleString('en-US')} subscribers, ${groups} group${groups === 1 ? '' : 's'}`;
  let round: { id: string; sentAt: number; pending: number; done: () => void } | undefined;
  const onData = (subscriber: Subscriber, id: string) => {
    subscriber.received.set(id, performance.now());
    if (round?.id === id && --round.pending === 0) round.done();
  };

  const connectStarted = performance.now();
  const subscribers: Subscriber[] = [];
  for (let first = 0; first < SUBSCRIBERS; first += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, SUBSCRIBERS - first) }, (_, offset) => subscribe(server, first + offset, groups, onData));
    subscribers.push(...(await Promise.all(batch)));
  }
  const connectMs = performance.now() - connectStarted;

  const latencies: number[] = [];
  const lastLatencies: number[] = [];
  let lost = 0;
  await request(child, 'reset');
  const roundsStarted = performance.now();
  for (let index = 0; index < WARMUP_ROUNDS + ROUNDS; index += 1) {
    const id = `${groups}-${index}`;
    const completed = new Promise<void>((resolve) => {
      round = { id, sentAt: performance.now(), pending: SUBSCRIBERS, done: resolve };
    });
    const sentAt = round!.sentAt;
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': FIXTURE_API_KEY },
      body: JSON.stringify({ query: 'mutation($input: TicketInput!) { createTicket(input: $input) { id title group severity } }', variables: { input: { id, title: TITLE, group: 'bench', severity: 1 } } }),
    });
    await response.text();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([completed, new Promise<void>((resolve) => (timer = setTimeout(resolve, LOSS_TIMEOUT_MS)))]);
    clearTimeout(timer);
    if (index < WARMUP_ROUNDS) continue;
    const times = subscribers.map((subscriber) => subscriber.received.get(id)).filter((time): time is number => time !== undefined);
    lost += SUBSCRIBERS - times.length;
    latencies.push(...times.map((time) => time - sentAt));
    lastLatencies.push(Math.max(...times) - sentAt);
  }
  const roundsMs = performance.now() - roundsStarted;
  const serverStats = await request<{ maxMs: number; p99Ms: number }>(child, 'stats');
  for (const subscriber of subscribers) subscriber.socket.terminate();

  latencies.sort((a, b) => a - b);
  lastLatencies.sort((a, b) => a - b);
  const row = (metric: string, value: number, unit: string): BenchRow => ({ case: label, metric, value, unit });
  return [
    row('connect + subscribe, all subscribers', connectMs, 'ms'),
    row('delivery latency p50', percentile(latencies, 50), 'ms'),
    row('delivery latency p95', percentile(latencies, 95), 'ms'),
    row('delivery latency p99', percentile(latencies, 99), 'ms'),
    row('delivery latency max', latencies.at(-1) ?? Number.NaN, 'ms'),
    row('last subscriber of an event p50', percentile(lastLatencies, 50), 'ms'),
    row('last subscriber of an event max', lastLatencies.at(-1) ?? Number.NaN, 'ms'),
    row('deliveries lost', lost, `of ${SUBSCRIBERS * ROUNDS}`),
    row('deliveries per second', (SUBSCRIBERS * (WARMUP_ROUNDS + ROUNDS)) / (roundsMs / 1000), '1/s'),
    row('server event-loop delay max', serverStats.maxMs, 'ms'),
  ];
}

export const bench: BenchModule = {
  name: 'fanout',
  async run() {
    const child = fork(fileURLToPath(new URL('./fanout-server.ts', import.meta.url)), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      const [ready] = (await once(child, 'message')) as [ServerInfo & { type: string }];
      const grouped = await scenario(child, ready, 1);
      const hundred = await scenario(child, ready, 100);
      // 1,000 groups is what the server would do without grouping: project and serialize per subscriber.
      const ungrouped = await scenario(child, ready, SUBSCRIBERS);
      const p95 = (rows: BenchRow[]) => rows.find((row) => row.metric === 'delivery latency p95')!.value;
      const ratio: BenchRow = { case: 'grouping', metric: 'p95 with 1,000 groups ÷ p95 with 1 group', value: p95(ungrouped) / p95(grouped), unit: '×' };
      return [...grouped, ...hundred, ...ungrouped, ratio];
    } finally {
      child.disconnect();
      await once(child, 'exit');
    }
  },
};
