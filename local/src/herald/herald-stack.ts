// Herald's instance of the local stack: starts the stand-ins in parallel, provisions table, user pool and
// bucket idempotently, serves Herald's manifest (plus explorer and mailbox) on the local AppSync server,
// seeds demo data once per data directory, and writes outputs.json (design.md §7) when published.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { API_LIMITS, buildManifest } from '../../../manifest/src/index';
import { createCognitoVerifier, fetchJwks } from '../auth/cognito-verifier';
import { createDynamoDbDataSource } from '../datasources/dynamodb';
import { createNoneDataSource } from '../datasources/none';
import { createPageTokenCodec } from '../datasources/page-token';
import type { HttpPage } from '../http/handler';
import { buildExplorerAssets } from '../http/explorer/explorer-bundle';
import type { ExampleOperation } from '../http/explorer/explorer-config';
import { createExplorerRoutes } from '../http/explorer/explorer-routes';
import { createLocalAppSync } from '../server';
import type { ChildHandle } from '../services/child-process';
import { startCognitoLocal } from '../services/cognito-local';
import { ensureAppClient, ensureGroup, ensureUser } from '../services/cognito-provision';
import { createLocalDynamoDbClient } from '../services/dynamodb-client';
import { startDynamoDbLocal } from '../services/dynamodb-local';
import { ensureHeraldTable } from '../services/dynamodb-provision';
import { freePort } from '../services/ports';
import { startS3Local } from '../services/s3-local';
import { readMailbox, startSesLocal } from '../services/ses-local';
import { demoUsers } from './demo-data';
import { signInDemoUser } from './demo-sign-in';
import { explorerExamples } from './explorer-examples';
import { CALENDAR_PATH, FUNCTION_PRINCIPAL, heraldFunctions, MAIL_CONFIGURATION_SET } from './functions';
import type { HeraldOutputs } from './outputs';
import { coreSeedSteps, demoSeedSteps, runSeedSteps } from './seed';
import { loadStackState, saveStackState } from './stack-state';

export const REGION = 'us-east-1';
export const USER_POOL_ID = 'us-east-1_LocalDev1';
export const TABLE_NAME = 'herald-main';
export const IMAGE_BUCKET = 'herald-images';
const EXPLORER_PATH = '/explorer';
const MAILBOX_PATH = '/mailbox';

export type Progress = (part: string, state: 'starting' | 'ready', ms?: number) => void;

export interface HeraldStackOptions {
  root: string;
  dataDir: string;
  /** Keep DynamoDB data and sent mail on disk under dataDir (npm start) instead of in memory (tests). */
  persist: boolean;
  /** Ports of the parts; S3 and SES get free ports when left out (tests). */
  ports: { graphql: number; dynamodb: number; cognito: number; s3?: number; ses?: number };
  /** URL of the web app, when one is served; its origin may use the S3 bucket from a browser. */
  appUrl?: string | null;
  log?: (line: string) => void;
  progress?: Progress;
  /** Seed the whole demo (subscribers, events, cover images) as npm start does; by default only the events. */
  fullDemoData?: boolean;
  /**
   * Publish (write outputs.json, answer /health 200) as soon as the stack is up — the default. npm start
   * passes false and calls publish() once the web app is up too, so "ready" means everything is.
   */
  publishWhenReady?: boolean;
}

/** A stand-in that stopped by itself. */
export interface PartExit {
  part: string;
  code: number | null;
  lastLines: string[];
}

export interface HeraldStack {
  outputs: HeraldOutputs;
  /** Writes outputs.json and turns GET /health to 200. */
  publish(): Promise<void>;
  /** Settles when a stand-in exits after start-up; never because of stop(). */
  died: Promise<PartExit>;
  stop(): Promise<void>;
}

async function timed<T>(part: string, progress: Progress | undefined, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  progress?.(part, 'starting');
  const result = await work();
  progress?.(part, 'ready', Math.round(performance.now() - started));
  return result;
}

/** Resolves once every promise settled, so nothing started is left unregistered; then fails with the first error. */
async function allStarted<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function appOrigins(appUrl: string | null | undefined): string[] {
  if (!appUrl) return ['*'];
  const url = new URL(appUrl);
  // The app is reachable under both loopback names; a browser sends whichever the developer typed.
  return [url.origin, `${url.protocol}//localhost:${url.port}`];
}

/** Examples that no longer match the schema are left out (and logged) rather than shown broken. */
function validExamples(sdl: string, log: (line: string) => void): ExampleOperation[] {
  const schema = buildSchema(sdl);
  return explorerExamples.filter((example) => {
    const errors = validate(schema, parse(example.query));
    if (errors.length) log(`explorer: example left out, it no longer matches the schema: ${errors[0].message}`);
    return errors.length === 0;
  });
}

function mailboxPage(storeUrl: string): HttpPage {
  const headers = { 'content-type': 'application/json; charset=UTF-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  return async () => {
    try {
      return { status: 200, headers, body: JSON.stringify(await readMailbox(storeUrl)) };
    } catch (error) {
      return { status: 502, headers, body: JSON.stringify({ error: `The SES stand-in did not answer: ${(error as Error).message}` }) };
    }
  };
}

export async function startHeraldStack(options: HeraldStackOptions): Promise<HeraldStack> {
  const { dataDir, progress } = options;
  const log = options.log ?? (() => {});
  const outputsFile = join(dataDir, 'outputs.json');
  await mkdir(dataDir, { recursive: true });
  // Whoever waits for the file must never read the previous run's ports and keys.
  await rm(outputsFile, { force: true });
  const state = await loadStackState(dataDir);
  const ports = { ...options.ports, s3: options.ports.s3 ?? (await freePort()), ses: options.ports.ses ?? (await freePort()) };

  const stops: (() => Promise<void>)[] = [];
  const children: [string, ChildHandle][] = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const fn of stops.splice(0).reverse()) {
      await fn().catch((error) => log(`stop failed: ${error}`));
    }
  };
  const started = <T extends { stop(): Promise<void>; child: ChildHandle }>(part: string) => (handle: T): T => {
    stops.push(() => handle.stop());
    children.push([part, handle.child]);
    return handle;
  };
  const standInLog = (name: string) => (line: string) => log(`[${name}] ${line}`);
  // SES publishes to the feedback topic, whose subscriber (mail-feedback) is bound once the functions are, below;
  // nothing sends mail before that.
  let publishMailFeedback = (message: string): void => log(`mail feedback dropped before the functions were bound: ${message.slice(0, 80)}`);

  try {
    const [{ dynamoClient, tableCreated }, { cognito, userPoolClientId, jwks }, s3, ses, manifest, explorerAssets] = await allStarted([
      timed('DynamoDB Local', progress, () =>
        startDynamoDbLocal({
          port: ports.dynamodb,
          dbPath: options.persist ? join(dataDir, 'dynamodb') : undefined,
          portEnvVar: 'HERALD_DYNAMODB_PORT',
          onLine: standInLog('dynamodb'),
        }),
      )
        .then(started('DynamoDB Local'))
        .then(async (dynamo) => {
          const client = createLocalDynamoDbClient(dynamo.endpoint, REGION);
          stops.push(async () => client.destroy());
          const created = await timed('Table', progress, () => ensureHeraldTable(client, TABLE_NAME));
          return { dynamoClient: client, tableCreated: created };
        }),
      timed('Cognito (cognito-local)', progress, () =>
        startCognitoLocal({
          port: ports.cognito,
          dataDir: join(dataDir, 'cognito'),
          userPoolId: USER_POOL_ID,
          region: REGION,
          portEnvVar: 'HERALD_COGNITO_PORT',
          onLine: standInLog('cognito'),
        }),
      )
        .then(started('Cognito (cognito-local)'))
        .then((cognito) =>
          timed('User pool and demo users', progress, async () => {
            const clientId = await ensureAppClient(cognito.endpoint, USER_POOL_ID, 'herald-web');
            await Promise.all(['organizers', 'admins'].map((group) => ensureGroup(cognito.endpoint, USER_POOL_ID, group)));
            for (const user of demoUsers) {
              await ensureUser(cognito.endpoint, USER_POOL_ID, user);
            }
            return { cognito, userPoolClientId: clientId, jwks: await fetchJwks(cognito.jwksUri) };
          }),
        ),
      timed('S3 (s3rver)', progress, () =>
        startS3Local({
          port: ports.s3,
          dataDir: join(dataDir, 's3'),
          buckets: [IMAGE_BUCKET],
          corsOrigins: appOrigins(options.appUrl),
          portEnvVar: 'HERALD_S3_PORT',
          onLine: standInLog('s3'),
        }),
      ).then(started('S3 (s3rver)')),
      timed('SES (aws-ses-v2-local)', progress, () =>
        startSesLocal({
          port: ports.ses,
          portEnvVar: 'HERALD_SES_PORT',
          mailFile: options.persist ? join(dataDir, 'mail.jsonl') : undefined,
          onLine: standInLog('ses'),
          // MailDelivery's event destination; its Reject events never happen locally (no virus scan).
          events: { configurationSet: MAIL_CONFIGURATION_SET, eventTypes: ['Bounce', 'Complaint'], publish: (record) => publishMailFeedback(JSON.stringify(record)) },
        }),
      ).then(started('SES (aws-ses-v2-local)')),
      timed('Resolver bundles', progress, () => buildManifest({ root: options.root, write: true })),
      timed('Explorer page', progress, () => buildExplorerAssets(join(dataDir, 'explorer'))),
    ] as const);

    let ready = false;
    const explorer = createExplorerRoutes({
      basePath: EXPLORER_PATH,
      assets: explorerAssets,
      config: {
        title: 'Herald API explorer',
        graphqlPath: '/graphql',
        realtimePath: '/graphql/realtime',
        apiKey: state.apiKey,
        users: demoUsers.map(({ username, groups }) => ({ username, groups })),
        defaultAuth: 'API_KEY',
        examples: validExamples(manifest.localSchemaSdl, log),
      },
      signIn: (username) => signInDemoUser(cognito.endpoint, userPoolClientId, demoUsers.find((user) => user.username === username)!),
    });
    const imageBaseUrl = `${s3.endpoint}/${IMAGE_BUCKET}`;
    const functions = heraldFunctions(manifest.dataSources, {
      root: options.root,
      region: REGION,
      tableName: TABLE_NAME,
      bucket: IMAGE_BUCKET,
      imageBaseUrl,
      dynamodbEndpoint: `http://127.0.0.1:${ports.dynamodb}`,
      s3Endpoint: s3.endpoint,
      sesEndpoint: ses.endpoint,
      cognitoEndpoint: cognito.endpoint,
      userPoolId: USER_POOL_ID,
      serverBaseUrl: `http://127.0.0.1:${ports.graphql}`,
      appUrl: options.appUrl ?? null,
      // Function logs only when the caller shows logs (npm start --verbose).
      log: options.log,
    });
    publishMailFeedback = functions.publishMailFeedback;
    const appsync = createLocalAppSync({
      manifest,
      dataSources: {
        table: createDynamoDbDataSource({ client: dynamoClient, tableName: TABLE_NAME, pageTokens: createPageTokenCodec(state.pageTokenSecret) }),
        NONE: createNoneDataSource(),
        ...functions.dataSources,
      },
      auth: {
        defaultMode: 'AMAZON_COGNITO_USER_POOLS',
        apiKeys: [{ id: state.apiKey }],
        cognito: createCognitoVerifier({ userPoolId: USER_POOL_ID, clientIds: [userPoolClientId], jwks }),
        iam: { principals: [FUNCTION_PRINCIPAL], region: REGION },
      },
      pages: { ...explorer, [MAILBOX_PATH]: mailboxPage(ses.storeUrl), ...functions.pages },
      isReady: () => ready,
      // The deployed API's limits; introspection stays on locally (the explorer needs it, as in dev).
      limits: { queryDepthLimit: API_LIMITS.queryDepth, resolverCountLimit: API_LIMITS.resolverCount },
      // API environment variables (ctx.env), as CDK sets them on the deployed API.
      env: { TABLE_NAME, IMAGE_BASE_URL: imageBaseUrl },
      log,
    });
    const listening = await timed('AppSync server', progress, () => appsync.listen(ports.graphql));
    stops.push(() => appsync.close());
    // Stops run last-in first-out: background invocations finish while the server they report to still answers,
    // and the SES events of their last mails still reach mail-feedback.
    stops.push(async () => {
      await functions.idle();
      await ses.idle();
      await functions.idle();
    });
    const base = listening.graphqlUrl.replace(/\/graphql$/, '');

    // A new table means the data is new, whatever state.json remembers about earlier seeding.
    if (tableCreated) state.seededSteps = [];
    const seedSteps = options.fullDemoData ? demoSeedSteps : coreSeedSteps;
    if (seedSteps.some((step) => !state.seededSteps.includes(step.name))) {
      await timed('Demo data', progress, () =>
        runSeedSteps(
          seedSteps,
          state.seededSteps,
          {
            graphqlUrl: listening.graphqlUrl,
            apiKey: state.apiKey,
            tokenFor: async (username) =>
              (await signInDemoUser(cognito.endpoint, userPoolClientId, demoUsers.find((user) => user.username === username)!)).accessToken,
            mailboxUrl: `${base}${MAILBOX_PATH}`,
            now: new Date(),
          },
          async (step, summary) => {
            state.seededSteps.push(step);
            log(`seeded ${summary}`);
            await saveStackState(dataDir, state);
          },
        ),
      );
    }
    await saveStackState(dataDir, state);

    const outputs: HeraldOutputs = {
      appUrl: options.appUrl ?? null,
      explorerUrl: `${base}${EXPLORER_PATH}`,
      graphqlUrl: listening.graphqlUrl,
      realtimeUrl: listening.realtimeUrl,
      apiKey: state.apiKey,
      region: REGION,
      userPoolId: USER_POOL_ID,
      userPoolClientId,
      cognitoEndpoint: cognito.endpoint,
      s3Endpoint: s3.endpoint,
      bucket: IMAGE_BUCKET,
      mailboxUrl: `${base}${MAILBOX_PATH}`,
      calendarUrl: `${base}${CALENDAR_PATH}`,
      demoUsers: demoUsers.map(({ username, password, groups }) => ({ username, password, groups })),
    };
    const publish = async () => {
      // Renamed into place, so a reader never sees half a file.
      await writeFile(`${outputsFile}.tmp`, JSON.stringify(outputs, null, 2) + '\n');
      await rename(`${outputsFile}.tmp`, outputsFile);
      ready = true;
    };
    const died = new Promise<PartExit>((resolve) => {
      for (const [part, child] of children) {
        void child.exited.then((code) => {
          if (!stopping) resolve({ part, code, lastLines: child.lastLines() });
        });
      }
    });
    if (options.publishWhenReady ?? true) await publish();
    return { outputs, publish, died, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
