// Picks the auth mode of a request from its headers, as AppSync does: `x-api-key` → API key,
// a JWT in `Authorization` → Cognito. Anything else is refused with a 401.
import { authenticateApiKey, type ApiKey } from './api-key';
import { UnauthorizedError, type AuthContext, type AuthMode } from './auth-context';
import { authenticateCognito, type TokenVerifier } from './cognito-user-pools';

export interface AuthConfig {
  /** The API's default mode; types and fields without directives are reachable by it only. */
  defaultMode: AuthMode;
  apiKeys?: ApiKey[];
  cognito?: TokenVerifier;
}

export type Headers = Record<string, string | undefined>;

function sourceIps(headers: Headers, remoteAddress: string): string[] {
  const forwarded = headers['x-forwarded-for'];
  const list = forwarded ? forwarded.split(',').map((ip) => ip.trim()) : [];
  return [...list, remoteAddress];
}

/** `headers` must have lower-case names. */
export async function authenticate(headers: Headers, config: AuthConfig, remoteAddress = '127.0.0.1'): Promise<AuthContext> {
  const apiKey = headers['x-api-key'];
  if (apiKey !== undefined && config.apiKeys) {
    return authenticateApiKey(apiKey, config.apiKeys, Math.floor(Date.now() / 1000));
  }
  const authorization = headers.authorization;
  if (authorization && config.cognito && !authorization.startsWith('AWS4-HMAC-SHA256')) {
    return authenticateCognito(authorization, config.cognito, sourceIps(headers, remoteAddress));
  }
  throw new UnauthorizedError('Valid authorization header not provided.');
}
