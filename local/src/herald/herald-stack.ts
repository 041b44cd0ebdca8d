// Herald's instance of the local stack: starts the stand-ins, provisions table and user pool,
// serves Herald's manifest on the local AppSync server, seeds demo data once, writes outputs.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildManifest } from '../../../manifest/src/index';
import { createCognitoVerifier, fetchJwks } from '../auth/cognito-verifier';
import { createDynamoDbDataSource } from '../datasources/dynamodb';
import { createNoneDataSource } from '../datasources/none';
import { createPageTokenCodec } from '../datasources/page-token';
import { createLocalAppSync } from '../server';
import { startCognitoLocal } from '../services/cognito-local';
import { ensureAppClient, ensureGroup, ensureUser } from '../services/cognito-provision';
import { createLocalDynamoDbClient } from '../services/dynamodb-client';
import { startDynamoDbLocal } from '../services/dynamodb-local';
import { ensureHeraldTable } from '../services/dynamodb-provision';
import { demoUsers } from './demo-data';
import type { HeraldOutputs } from './outputs';
import { seedDemoEvents, signInWithPassword } from './seed';
import { loadStackState, saveStackState } from './stack-state';

export const REGION = 'us-east-1';
export const USER_POOL_ID = 'us-east-1_LocalDev1';
export const TABLE_NAME = 'herald-main';

export interface HeraldStackOptions {
  root: string;
  dataDir: string;
  /** Keep DynamoDB data on disk under dataDir (npm start) instead of in memory (tests). */
  persist: boolean;
  ports: { graphql: number; dynamodb: number; cognito: number };
  /** URL of the web app, when one is served. */
  appUrl?: string | null;
  log?: (line: string) => void;
  progress?: (part: string, state: 'starting' | 'ready', ms?: number) => void;
}

export interface HeraldStack {
  outputs: HeraldOutputs;
  stop(): Promise<void>;
}

async function timed<T>(part: string, progress: HeraldStackOptions['progress'], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  progress?.(part, 'starting');
  const result = await work();
  progress?.(part, 'ready', Math.round(performance.now() - started));
  return result;
}

export async function startHeraldStack(options: HeraldStackOptions): Promise<HeraldStack> {
  const { dataDir, ports, progress } = options;
  const log = options.log ?? (() => {});
  await mkdir(dataDir, { recursive: true });
  const state = await loadStackState(dataDir);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) {
      await fn().catch((error) => log(`stop failed: ${error}`));
    }
  };

  try {
    const [dynamo, cognito, manifest] = await Promise.all([
      timed('DynamoDB Local', progress, () =>
        startDynamoDbLocal({ port: ports.dynamodb, dbPath: options.persist ? join(dataDir, 'dynamodb') : undefined, portEnvVar: 'HERALD_DYNAMODB_PORT', onLine: (line) => log(`[dynamodb] ${line}`) }),
      ),
      timed('Cognito (cognito-local)', progress, () =>
        startCognitoLocal({ port: ports.cognito, dataDir: join(dataDir, 'cognito'), userPoolId: USER_POOL_ID, region: REGION, portEnvVar: 'HERALD_COGNITO_PORT', onLine: (line) => log(`[cognito] ${line}`) }),
      ),
      timed('Resolver bundles', progress, () => buildManifest({ root: options.root, write: true })),
    ]);
    stops.push(() => dynamo.stop(), () => cognito.stop());

    const dynamoClient = createLocalDynamoDbClient(dynamo.endpoint, REGION);
    stops.push(async () => dynamoClient.destroy());
    const userPoolClientId = await timed('Table and user pool', progress, async () => {
      await ensureHeraldTable(dynamoClient, TABLE_NAME);
      const clientId = await ensureAppClient(cognito.endpoint, USER_POOL_ID, 'herald-web');
      await Promise.all(['organizers', 'admins'].map((group) => ensureGroup(cognito.endpoint, USER_POOL_ID, group)));
      for (const user of demoUsers) {
        await ensureUser(cognito.endpoint, USER_POOL_ID, user);
      }
      return clientId;
    });

    const jwks = await fetchJwks(cognito.jwksUri);
    const appsync = createLocalAppSync({
      manifest,
      dataSources: {
        table: createDynamoDbDataSource({ client: dynamoClient, tableName: TABLE_NAME, pageTokens: createPageTokenCodec(state.pageTokenSecret) }),
        NONE: createNoneDataSource(),
      },
      auth: {
        defaultMode: 'AMAZON_COGNITO_USER_POOLS',
        apiKeys: [{ id: state.apiKey }],
        cognito: createCognitoVerifier({ userPoolId: USER_POOL_ID, clientIds: [userPoolClientId], jwks }),
      },
      log,
    });
    const listening = await timed('AppSync server', progress, () => appsync.listen(ports.graphql));
    stops.push(() => appsync.close());

    if (!state.seeded) {
      await timed('Demo data', progress, async () => {
        const token = await signInWithPassword(cognito.endpoint, REGION, userPoolClientId, demoUsers[0]);
        await seedDemoEvents(listening.graphqlUrl, token);
      });
      state.seeded = true;
    }
    await saveStackState(dataDir, state);

    const base = listening.graphqlUrl.replace(/\/graphql$/, '');
    const outputs: HeraldOutputs = {
      appUrl: options.appUrl ?? null,
      explorerUrl: `${base}/explorer`,
      graphqlUrl: listening.graphqlUrl,
      realtimeUrl: listening.realtimeUrl,
      apiKey: state.apiKey,
      region: REGION,
      userPoolId: USER_POOL_ID,
      userPoolClientId,
      cognitoEndpoint: cognito.endpoint,
      s3Endpoint: null,
      bucket: null,
      mailboxUrl: null,
      demoUsers: demoUsers.map(({ username, password, groups }) => ({ username, password, groups })),
    };
    await writeFile(join(dataDir, 'outputs.json'), JSON.stringify(outputs, null, 2) + '\n');
    return { outputs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
