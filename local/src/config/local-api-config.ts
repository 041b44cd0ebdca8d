// The one config object the generic local AppSync server reads (README "Using the local AppSync
// server for your own API"). Plain data where it can be, so it also fits in a JSON file; functions
// are accepted where a TypeScript config wants to pass code (Lambda handlers).
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { ApiKey } from '../auth/api-key';
import type { AuthMode } from '../auth/auth-context';
import type { IamConfig } from '../auth/aws-iam';
import type { OidcConfig } from '../auth/openid-connect';
import type { DirectLambdaDeclaration } from '../../../manifest/src/index';
import type { LambdaHandler } from '../datasources/lambda';
import type { DeltaSyncConfig, SyncConfig } from '../datasources/versioned/versioned-config';
import type { RequestLimits } from '../graphql/request-limits';

export type DataSourceConfig =
  | { kind: 'NONE' }
  | {
      kind: 'AMAZON_DYNAMODB';
      /** The data source's table (GetItem … Scan). */
      tableName: string;
      /** Every table batch/transact requests may name (the IAM role's reach); default [tableName]. */
      tables?: string[];
      /** AppSync's versioned data source (needs deltaSyncConfig): _version, tombstones, delta log, Sync. */
      versioned?: boolean;
      /** Its delta table is created at start unless `dynamodb.tables` declares it. */
      deltaSyncConfig?: DeltaSyncConfig;
    }
  | {
      kind: 'AWS_LAMBDA';
      functionName?: string;
      /** `path/to/handler.ts#export` (relative to root; export defaults to `handler`), or the function itself. */
      handler: string | LambdaHandler;
      timeoutSeconds?: number;
      memoryLimitInMB?: number;
      /** Lambda environment variables (shared process.env: see createLambdaDataSource). */
      environment?: Record<string, string>;
      /** BatchInvoke batch size (AppSync sets it per resolver; here per data source). */
      maxBatchSize?: number;
    };

export interface LocalAuthConfig {
  defaultMode: AuthMode;
  /** Key ids, or `{id, expires}` with expiry in epoch seconds. */
  apiKeys?: (string | ApiKey)[];
  cognito?: {
    userPoolId: string;
    clientIds: string[];
    /** JWKS document or URL (a stand-in's); without either, the pool's JWKS is fetched from AWS. */
    jwks?: unknown;
    jwksUri?: string;
  };
  /** OPENID_CONNECT: one provider; its JWKS comes from `jwksUri` or OIDC discovery on `issuer`. */
  oidc?: OidcConfig;
  /** AWS_LAMBDA: the authorizer function, run in-process like a Lambda data source. */
  lambda?: {
    /** `path/to/authorizer.ts#export` (relative to root; export defaults to `handler`), or the function itself. */
    handler: string | LambdaHandler;
    functionName?: string;
    /** authorizerResultTtlInSeconds (0–3600; AWS's default 0 caches nothing); the answer's ttlOverride wins. */
    resultTtlSeconds?: number;
    /** Regex a token must match (whole token) before the function is called. */
    identityValidationExpression?: string;
    /** The function's timeout (Lambda's default 3 s); AppSync waits 10 s at most. */
    timeoutSeconds?: number;
    environment?: Record<string, string>;
    /** requestContext.apiId and the API whose field ARNs in deniedFields apply (default `local`). */
    apiId?: string;
    /** requestContext.accountId (default 000000000000). */
    accountId?: string;
  };
  iam?: IamConfig;
}

export interface LocalApiConfig {
  /** Base for every relative path below (default: the config file's folder, or process.cwd()). */
  root?: string;
  /** SDL file(s) exactly as deployed; AppSync's scalars and directives are added. */
  schema: string | string[];
  /** Resolvers folder by file-name convention: `Type.field.[dataSource].ts`, pipeline folders `Type.field/`. */
  resolvers: string;
  dataSources: Record<string, DataSourceConfig>;
  /** Resolvers without code, by `Type.field`: the AWS_LAMBDA data source gets the whole context (maxBatchSize > 0: BatchInvoke). */
  directLambdaResolvers?: Record<string, DirectLambdaDeclaration>;
  auth: LocalAuthConfig;
  /**
   * Resolver SyncConfig by `Type.field` (for a pipeline: every function of it): conflict detection and handling
   * on versioned data sources. LAMBDA handlers name an AWS_LAMBDA data source by function name or ARN.
   */
  syncConfigs?: Record<string, SyncConfig>;
  /** AppSync environment variables (ctx.env). */
  env?: Record<string, string>;
  /** queryDepthLimit, resolverCountLimit, introspection, maxRequestBytes (body size, default 5 MB). */
  limits?: RequestLimits;
  /** HTTP port on 127.0.0.1 (0 = any free port; default 0). */
  port?: number;
  dynamodb?: {
    /** An engine to use; without one, DynamoDB Local is started in memory. */
    endpoint?: string;
    region?: string;
    /** Tables to create if missing (CreateTable input). */
    tables?: CreateTableCommandInput[];
  };
  /** Secret that signs DynamoDB nextTokens (default: random per start, so tokens die with the server). */
  pageTokenSecret?: string;
}
