// Picks the auth mode of a request from its headers, as AppSync does: `x-api-key` → API key, a SigV4
// `Authorization` → IAM, any other `Authorization` → Cognito. Anything else is refused with a 401.
import { authenticateApiKey, type ApiKey } from './api-key';
import { UnauthorizedError, type AuthContext, type AuthMode } from './auth-context';
import { authenticateIam, type IamConfig } from './aws-iam';
import { authenticateCognito, type TokenVerifier } from './cognito-user-pools';

export interface AuthConfig {
  /** The API's default mode; types and fields without directives are reachable by it only. */
  defaultMode: AuthMode;
  apiKeys?: ApiKey[];
  cognito?: TokenVerifier;
  iam?: IamConfig;
  now?: () => number;
}

export type Headers = Record<string, string | undefined>;

/** The parts of the request a SigV4 signature covers besides the headers. */
export interface SignedParts {
  method: string;
  path: string;
  body: string;
}

function sourceIps(headers: Headers, remoteAddress: string): string[] {
  const forwarded = headers['x-forwarded-for'];
  const list = forwarded ? forwarded.split(',').map((ip) => ip.trim()) : [];
  return [...list, remoteAddress];
}

/**
 * `headers` must have lower-case names. `signed` is needed for IAM: the HTTP request itself, or for
 * the realtime protocol `POST <graphqlPath>/connect` with body `{}` (connection) and
 * `POST <graphqlPath>` with body = the start message's `data` string (subscriptions).
 */
export async function authenticate(headers: Headers, config: AuthConfig, remoteAddress = '127.0.0.1', signed?: SignedParts): Promise<AuthContext> {
  const now = config.now?.() ?? Date.now();
  const apiKey = headers['x-api-key'];
  if (apiKey !== undefined && config.apiKeys) {
    return authenticateApiKey(apiKey, config.apiKeys, Math.floor(now / 1000));
  }
  const authorization = headers.authorization;
  if (authorization?.startsWith('AWS4-HMAC-SHA256') && config.iam) {
    if (!signed) {
      throw new UnauthorizedError('IAM authorization needs the signed request, which this transport did not provide.');
    }
    return authenticateIam({ ...signed, headers }, { now: config.now, ...config.iam }, sourceIps(headers, remoteAddress));
  }
  if (authorization && config.cognito && !authorization.startsWith('AWS4-HMAC-SHA256')) {
    return authenticateCognito(authorization, config.cognito, sourceIps(headers, remoteAddress));
  }
  throw new UnauthorizedError('Valid authorization header not provided.');
}
