// Starts any AppSync API locally from one LocalApiConfig: bundles its resolvers, starts DynamoDB Local
// when no engine is given and creates the configured tables (and versioned sources' delta tables), wires data
// sources, resolver SyncConfigs and auth, and serves
// GraphQL over HTTP and the realtime WebSocket on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApiKey } from '../auth/api-key';
import type { AuthConfig } from '../auth/authenticate';
import { createCognitoVerifier, fetchJwks } from '../auth/cognito-verifier';
import { AUTHORIZER_TIMEOUT_SECONDS, createLambdaAuthorizer, type LambdaAuthorizer } from '../auth/lambda-authorizer';
import { createOidcVerifier } from '../auth/openid-connect';
import type { DataSource } from '../datasources/data-source';
import type { LambdaDataSource } from '../datasources/lambda';
import { createPageTokenCodec } from '../datasources/page-token';
import { ensureDeltaTables } from '../datasources/versioned/delta-table';
import { checkSyncConfig } from '../datasources/versioned/versioned-config';
import { createLocalAppSync } from '../server';
import { createLocalDynamoDbClient } from '../services/dynamodb-client';
import { startDynamoDbLocal } from '../services/dynamodb-local';
import { ensureTable } from '../services/dynamodb-provision';
import { freePort } from '../services/ports';
import { buildApiManifest } from './api-manifest';
import { createDataSource, createFunctionLookup, type DataSourceDeps } from './create-data-sources';
import type { LocalApiConfig, LocalAuthConfig } from './local-api-config';

export interface LocalApi {
  graphqlUrl: string;
  realtimeUrl: string;
  /** The data-source adapters by name (tests use them, e.g. to await fire-and-forget Lambdas). */
  dataSources: Record<string, DataSource>;
  dynamo?: DynamoDBClient;
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: (line: string) => void;
}

/** The Lambda authorizer, its function loaded like a Lambda data source's. */
function lambdaAuthorizer(lambda: NonNullable<LocalAuthConfig['lambda']>, deps: DataSourceDeps): LambdaAuthorizer {
  const { handler, functionName = 'authorizer', timeoutSeconds = 3, environment } = lambda;
  const source = { kind: 'AWS_LAMBDA', functionName, handler, environment, timeoutSeconds: Math.min(timeoutSeconds, AUTHORIZER_TIMEOUT_SECONDS) } as const;
  const runner = createDataSource(functionName, source, deps) as LambdaDataSource;
  return createLambdaAuthorizer({
    invoke: (event) => runner.call(event),
    resultTtlSeconds: lambda.resultTtlSeconds,
    identityValidationExpression: lambda.identityValidationExpression,
    apiId: lambda.apiId ?? 'local',
    accountId: lambda.accountId ?? '000000000000',
    log: deps.log,
  });
}

async function authConfig(auth: LocalAuthConfig, deps: DataSourceDeps): Promise<AuthConfig> {
  const apiKeys: ApiKey[] | undefined = auth.apiKeys?.map((key) => (typeof key === 'string' ? { id: key } : key));
  let cognito: AuthConfig['cognito'];
  if (auth.cognito) {
    const jwks = auth.cognito.jwks ?? (auth.cognito.jwksUri ? await fetchJwks(auth.cognito.jwksUri) : undefined);
    cognito = createCognitoVerifier({ userPoolId: auth.cognito.userPoolId, clientIds: auth.cognito.clientIds, jwks });
  }
  const oidc = auth.oidc && createOidcVerifier(auth.oidc);
  const lambda = auth.lambda && lambdaAuthorizer(auth.lambda, deps);
  return { defaultMode: auth.defaultMode, apiKeys, cognito, oidc, lambda, iam: auth.iam, log: deps.log };
}

export async function startLocalApi(config: LocalApiConfig, options: StartOptions = {}): Promise<LocalApi> {
  const log = options.log ?? (() => {});
  const root = path.resolve(config.root ?? process.cwd());
  const region = config.dynamodb?.region ?? 'us-east-1';
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((error: unknown) => log(`stop failed: ${String(error)}`));
  };
  try {
    const manifest = await buildApiManifest(config, root);

    let dynamo: DynamoDBClient | undefined;
    if (Object.values(config.dataSources).some((source) => source.kind === 'AMAZON_DYNAMODB')) {
      let endpoint = config.dynamodb?.endpoint;
      if (!endpoint) {
        const engine = await startDynamoDbLocal({ port: await freePort(), onLine: (line) => log(`[dynamodb] ${line}`) });
        stops.push(() => engine.stop());
        endpoint = engine.endpoint;
      }
      const client = createLocalDynamoDbClient(endpoint, region);
      dynamo = client;
      stops.push(async () => client.destroy());
      await Promise.all((config.dynamodb?.tables ?? []).map((table) => ensureTable(client, table)));
      const deltaTables = Object.values(config.dataSources).flatMap((source) => (source.kind === 'AMAZON_DYNAMODB' && source.versioned && source.deltaSyncConfig ? [source.deltaSyncConfig.deltaSyncTableName] : []));
      await ensureDeltaTables(client, deltaTables, (config.dynamodb?.tables ?? []).map((table) => table.TableName ?? ''));
    }

    let dataSources: Record<string, DataSource> = {};
    const lambdaFunction = createFunctionLookup(config.dataSources, () => dataSources);
    for (const [field, sync] of Object.entries(config.syncConfigs ?? {})) checkSyncConfig(field, sync, lambdaFunction);
    const pageTokens = createPageTokenCodec(config.pageTokenSecret ?? randomBytes(32).toString('hex'));
    const deps = { root, dynamo, region, log, pageTokens, syncConfigs: config.syncConfigs, lambdaFunction };
    dataSources = Object.fromEntries(Object.entries(config.dataSources).map(([name, source]) => [name, createDataSource(name, source, deps)]));
    const appsync = createLocalAppSync({ manifest, dataSources, auth: await authConfig(config.auth, deps), env: config.env, limits: config.limits, log });
    const { graphqlUrl, realtimeUrl } = await appsync.listen(config.port ?? 0);
    stops.push(() => appsync.close());
    return { graphqlUrl, realtimeUrl, dataSources, dynamo, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
