// Child process of http.bench.ts: starts Herald's test stack (DynamoDB Local in memory) and, beside it,
// the conformance API for a NONE-data-source query, on its own event loop; reports URLs and the cold
// start over IPC and stops everything when the parent disconnects.
import { resolve } from 'node:path';
import { startLocalApi } from '../local/src/config/start-local-api';
import { startTestStack } from '../test/harness/local-stack';

const startedAt = performance.now();
const stack = await startTestStack();
const health = await fetch(stack.outputs.graphqlUrl.replace(/\/graphql$/, '/health'));
const coldStartMs = performance.now() - startedAt;

// The conformance API has the NONE query (`whoami`); its tables go into the same engine.
const noneApi = await startLocalApi({
  root: resolve(import.meta.dirname, '../test/conformance/api'),
  schema: 'schema.graphql',
  resolvers: 'resolvers',
  dataSources: {
    main: { kind: 'AMAZON_DYNAMODB', tableName: 'conf-main' },
    NONE: { kind: 'NONE' },
    echo: { kind: 'AWS_LAMBDA', handler: async () => null },
    venues: { kind: 'AWS_LAMBDA', handler: async () => null },
    mailer: { kind: 'AWS_LAMBDA', handler: async () => null },
  },
  auth: { defaultMode: 'API_KEY', apiKeys: ['bench-key'] },
  dynamodb: { endpoint: stack.dynamodbEndpoint },
});

process.on('disconnect', () => {
  void Promise.allSettled([noneApi.stop(), stack.stop()]).finally(() => process.exit(0));
});
process.send!({
  type: 'ready',
  coldStartMs,
  healthStatus: health.status,
  outputs: stack.outputs,
  dynamodbEndpoint: stack.dynamodbEndpoint,
  none: { graphqlUrl: noneApi.graphqlUrl, apiKey: 'bench-key' },
});
