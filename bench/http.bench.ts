// HTTP throughput of the local server against a real stack (DynamoDB Local in memory, in a child process):
// 50 connections of autocannon per operation, the engine's raw GetItem (stock SDK client and the server's own
// wire client) and Query at the same concurrency, the peer (AppSync simulator, VTL twins) on the same operations
// and table, and the ratios between them; plus cold start and bundle sizes (performance.md §1, §3).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import autocannon from 'autocannon';
import { bundleFunctions } from '../functions/bundle';
import { signInDemoUser } from '../local/src/herald/demo-sign-in';
import { demoUsers } from '../local/src/herald/demo-data';
import { TABLE_NAME } from '../local/src/herald/herald-stack';
import type { HeraldOutputs } from '../local/src/herald/outputs';
import { createLocalDynamoDbClient } from '../local/src/services/dynamodb-client';
import { buildManifest } from '../manifest/src/index';
import { startPeerSimulator, type PeerSimulator } from './peer-simulator';
import type { BenchModule, BenchRow } from './types';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const SEEDED_EVENTS = 60;

interface Ready {
  coldStartMs: number;
  healthStatus: number;
  outputs: HeraldOutputs;
  dynamodbEndpoint: string;
  none: { graphqlUrl: string; apiKey: string };
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function graphql(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (response.status !== 200 || body.errors?.length || !body.data) throw new Error(`bench request failed: ${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

/** autocannon counts HTTP 2xx; a sample call first proves the operation answers data, not GraphQL errors. */
async function httpLoad(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}, seconds = SECONDS): Promise<Load> {
  await graphql(url, headers, query, variables);
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestsPerSecond: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, failures: result.errors + result.timeouts + result.non2xx };
}

/** The engine's ceiling: CONNECTIONS concurrent callers, each sending its next request as the last one answers. */
async function sdkLoad(send: () => Promise<unknown>, seconds = SECONDS): Promise<Load> {
  const latencies: number[] = [];
  let failures = 0;
  const endAt = performance.now() + seconds * 1000;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < endAt) {
        const sentAt = performance.now();
        await send().then(() => latencies.push(performance.now() - sentAt), () => (failures += 1));
      }
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}

function loadRows(label: string, load: Load): BenchRow[] {
  const row = (metric: string, value: number, unit: string): BenchRow => ({ case: label, metric, value, unit });
  return [row('throughput', load.requestsPerSecond, 'req/s'), row('latency p50', load.p50, 'ms'), row('latency p99', load.p99, 'ms'), row('failed requests', load.failures, 'count')];
}

async function seedEvents(outputs: HeraldOutputs, token: string): Promise<string> {
  const headers = { authorization: token };
  const base = Date.now() + 3_600_000;
  let firstId = '';
  for (let index = 0; index < SEEDED_EVENTS; index += 1) {
    // A minute apart from an hour ahead: all in one month bucket unless the month is about to turn.
    const input = { title: `Bench ${index}`, startsAt: new Date(base + index * 60_000).toISOString(), timeZone: 'UTC', onlineUrl: 'https://example.com/room', capacity: 100 };
    const { createEvent } = await graphql(outputs.graphqlUrl, headers, 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', { input });
    await graphql(outputs.graphqlUrl, headers, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id });
    firstId ||= createEvent.id;
  }
  return firstId;
}

/** Both sides must answer the same data, or the comparison measures different work. */
async function assertSameAnswer(operation: string, herald: () => Promise<unknown>, peer: () => Promise<unknown>): Promise<void> {
  const [ours, theirs] = await Promise.all([herald(), peer()]);
  if (!isDeepStrictEqual(ours, theirs)) throw new Error(`the peer's ${operation} answers ${JSON.stringify(theirs)}, Herald ${JSON.stringify(ours)}`);
}

async function sizeRows(): Promise<BenchRow[]> {
  const manifest = await buildManifest({ write: false });
  const units = manifest.resolvers.flatMap((resolver) => [resolver.code, ...(resolver.kind === 'PIPELINE' ? resolver.functions.map((fn) => fn.code) : [])]);
  const largest = units.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  const lambdas = await bundleFunctions();
  return [
    { case: `resolver bundles (${units.length} units)`, metric: `largest: ${largest.bundleFile}`, value: largest.code.length / 1024, unit: 'KB' },
    ...lambdas.map((bundle): BenchRow => ({ case: 'Lambda bundles (minified)', metric: bundle.name, value: bundle.bytes / 1024, unit: `KB (${(bundle.gzipBytes / 1024).toFixed(0)} KB gzip)` })),
  ];
}

export const bench: BenchModule = {
  name: 'http',
  async run() {
    // The stack's Lambdas log every invocation to stdout; the table is what this run prints. The V8 flag is
    // npm start's: a 64 MB young generation cut the server's GC share under listEvents load from 17 % to 10 %.
    const child = fork(fileURLToPath(new URL('./http-server.ts', import.meta.url)), { execArgv: ['--max-semi-space-size=64', '--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let peer: PeerSimulator | undefined;
    try {
      const [ready] = (await once(child, 'message')) as [Ready];
      const { outputs } = ready;
      const engine = createLocalDynamoDbClient(ready.dynamodbEndpoint);
      const organizer = demoUsers.find((user) => user.username === 'organizer')!;
      const { accessToken } = await signInDemoUser(outputs.cognitoEndpoint, outputs.userPoolClientId, organizer);
      const eventId = await seedEvents(outputs, accessToken);
      const apiKey = { 'x-api-key': outputs.apiKey };

      // The peer reads the same table of the same engine; both sides are called with an API key.
      peer = await startPeerSimulator(ready.dynamodbEndpoint, TABLE_NAME);
      const noneApi = { url: ready.none.graphqlUrl, headers: { 'x-api-key': ready.none.apiKey } };
      const peerApi = { url: peer.graphqlUrl, headers: peer.headers };
      const noneQuery = 'query { whoami }';
      const getEventQuery = 'query ($id: ID!) { getEvent(id: $id) { id title startsAt status availability { capacity attendeeCount seatsLeft } } }';
      const whoami = (api: typeof peerApi) => graphql(api.url, api.headers, noneQuery).then((data) => JSON.parse(data.whoami));
      await assertSameAnswer('whoami', () => whoami(noneApi), () => whoami(peerApi));
      await assertSameAnswer('getEvent', () => graphql(outputs.graphqlUrl, apiKey, getEventQuery, { id: eventId }), () => graphql(peerApi.url, peerApi.headers, getEventQuery, { id: eventId }));

      const month = new Date(Date.now() + 3_600_000).toISOString().slice(0, 7);
      const getItem = new GetItemCommand({ TableName: TABLE_NAME, Key: { pk: { S: `EVENT#${eventId}` }, sk: { S: 'EVENT' } } });
      const rawGetItem = () => engine.send(getItem);
      // The baseline is the raw SDK; the stock client signs and runs its middleware on every call, so the
      // server's own wire client (above) is also measured: the engine's true ceiling, and the stricter ratio.
      const stockSdk = new DynamoDBClient({ endpoint: ready.dynamodbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      const stockGetItem = () => stockSdk.send(getItem);
      const rawQuery50 = () =>
        engine.send(
          new QueryCommand({
            TableName: TABLE_NAME,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :from',
            ExpressionAttributeValues: { ':pk': { S: `PUB#${month}` }, ':from': { S: new Date().toISOString() } },
            Limit: 50,
          }),
        );
      // The JVM and both Node processes compile their hot paths first, so no ratio compares a cold side with a warm one.
      const listEventsQuery = 'query { listEvents(limit: 50) { items { id title startsAt category } nextToken } }';
      await httpLoad(outputs.graphqlUrl, apiKey, getEventQuery, { id: eventId }, WARM_UP_SECONDS);
      await httpLoad(peerApi.url, peerApi.headers, getEventQuery, { id: eventId }, WARM_UP_SECONDS);
      await httpLoad(outputs.graphqlUrl, apiKey, listEventsQuery, {}, WARM_UP_SECONDS);
      await sdkLoad(rawGetItem, WARM_UP_SECONDS);
      await sdkLoad(stockGetItem, WARM_UP_SECONDS);

      // Each Herald run right before what it is compared with (the peer, the engine's raw calls), so both meet
      // about the same load from the machine's other users.
      const none = await httpLoad(noneApi.url, noneApi.headers, noneQuery);
      const peerNone = await httpLoad(peerApi.url, peerApi.headers, noneQuery);
      const getEvent = await httpLoad(outputs.graphqlUrl, apiKey, getEventQuery, { id: eventId });
      const rawGet = await sdkLoad(rawGetItem);
      const stockGet = await sdkLoad(stockGetItem);
      const peerGetEvent = await httpLoad(peerApi.url, peerApi.headers, getEventQuery, { id: eventId });
      await peer.stop();
      const listEvents = await httpLoad(outputs.graphqlUrl, apiKey, listEventsQuery);
      const rawQuery = await sdkLoad(rawQuery50);
      const createEvent = await httpLoad(outputs.graphqlUrl, { authorization: accessToken }, 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
        input: { title: 'Bench draft', startsAt: '2031-01-01T18:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/room' },
      });
      engine.destroy();
      stockSdk.destroy();

      const concurrency = `${CONNECTIONS} connections, ${SECONDS} s`;
      return [
        { case: 'local stack (npm test config)', metric: `cold start to healthy (GET /health ${ready.healthStatus})`, value: ready.coldStartMs / 1000, unit: 's' },
        ...loadRows(`NONE query whoami, ${concurrency}`, none),
        ...loadRows(`getEvent, ${concurrency}`, getEvent),
        ...loadRows(`listEvents(limit: 50), ${concurrency}`, listEvents),
        ...loadRows(`createEvent, ${concurrency}`, createEvent),
        ...loadRows(`peer: AppSync simulator NONE query whoami (VTL), ${concurrency}`, peerNone),
        ...loadRows(`peer: AppSync simulator getEvent (VTL), ${concurrency}`, peerGetEvent),
        ...loadRows(`raw SDK GetItem (stock client), ${CONNECTIONS} callers`, stockGet),
        ...loadRows(`raw GetItem through the server's wire client, ${CONNECTIONS} callers`, rawGet),
        ...loadRows(`raw Query gsi1 Limit 50 through the wire client, ${CONNECTIONS} callers`, rawQuery),
        { case: 'ratios', metric: 'getEvent ÷ raw SDK GetItem (stock client) throughput', value: getEvent.requestsPerSecond / stockGet.requestsPerSecond, unit: '×' },
        { case: 'ratios', metric: 'getEvent ÷ raw GetItem (wire client) throughput', value: getEvent.requestsPerSecond / rawGet.requestsPerSecond, unit: '×' },
        { case: 'ratios', metric: 'listEvents(50) ÷ raw Query(50) throughput', value: listEvents.requestsPerSecond / rawQuery.requestsPerSecond, unit: '×' },
        { case: 'ratios', metric: 'getEvent ÷ NONE query throughput', value: getEvent.requestsPerSecond / none.requestsPerSecond, unit: '×' },
        { case: 'ratios', metric: 'Herald ÷ simulator, NONE query throughput', value: none.requestsPerSecond / peerNone.requestsPerSecond, unit: '×' },
        { case: 'ratios', metric: 'Herald ÷ simulator, getEvent throughput', value: getEvent.requestsPerSecond / peerGetEvent.requestsPerSecond, unit: '×' },
        ...(await sizeRows()),
      ];
    } finally {
      await peer?.stop();
      child.disconnect();
      await once(child, 'exit');
    }
  },
};
