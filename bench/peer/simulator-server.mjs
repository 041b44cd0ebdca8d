// Child process of bench/peer-simulator.ts: serves Herald's schema with the AppSync simulator (the peer) and
// VTL twins of the NONE query and getEvent over the bench's DynamoDB Local table, reports its URL over IPC and
// stops when the parent disconnects. Plain JavaScript run by plain node, so its graphql 15 never meets ours.
import { readFileSync } from 'node:fs';
import { Server } from 'node:net';
import { join } from 'node:path';
import simulatorPackage from '@aws-amplify/amplify-appsync-simulator';

const { AmplifyAppSyncSimulator } = simulatorPackage;
const { PEER_PORT, PEER_API_KEY, DYNAMODB_ENDPOINT, TABLE_NAME } = process.env;

// The simulator listens on every interface; the bench serves loopback only.
const listen = Server.prototype.listen;
Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  else if (typeof args[0] === 'object' && args[0] !== null && args[0].host === undefined) args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};

const here = import.meta.dirname;
const template = (name) => ({ path: name, content: readFileSync(join(here, 'templates', name), 'utf8') });
// Herald's own schema, plus the conformance API's NONE query that the bench compares with.
const schema = `${readFileSync(join(here, '../../schema/schema.graphql'), 'utf8')}\nextend type Query {\n  whoami: AWSJSON @aws_api_key @aws_iam\n}\n`;
const unit = (fieldName, dataSourceName) => ({
  kind: 'UNIT',
  typeName: 'Query',
  fieldName,
  dataSourceName,
  requestMappingTemplateLocation: `Query.${fieldName}.request.vtl`,
  responseMappingTemplateLocation: `Query.${fieldName}.response.vtl`,
});

const simulator = new AmplifyAppSyncSimulator({ port: Number(PEER_PORT), wsPort: 0 });
simulator.init({
  schema: { content: schema },
  appSync: {
    name: 'herald-bench-peer',
    apiKey: PEER_API_KEY,
    defaultAuthenticationType: { authenticationType: 'API_KEY' },
    additionalAuthenticationProviders: [{ authenticationType: 'AMAZON_COGNITO_USER_POOLS', cognitoUserPoolConfig: {} }, { authenticationType: 'AWS_IAM' }],
  },
  dataSources: [
    { type: 'NONE', name: 'NONE' },
    {
      type: 'AMAZON_DYNAMODB',
      name: 'table',
      // Passed straight to the SDK v3 client: `credentials`, not the documented accessKeyId (local-stack.md §5).
      config: { endpoint: DYNAMODB_ENDPOINT, region: 'us-east-1', tableName: TABLE_NAME, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
    },
  ],
  mappingTemplates: ['whoami', 'getEvent'].flatMap((field) => [template(`Query.${field}.request.vtl`), template(`Query.${field}.response.vtl`)]),
  resolvers: [unit('whoami', 'NONE'), unit('getEvent', 'table')],
});
await simulator.start();

process.on('disconnect', () => {
  void simulator.stop().finally(() => process.exit(0));
});
process.send({ type: 'ready', graphqlUrl: `http://127.0.0.1:${PEER_PORT}/graphql` });
