// Picks the auth mode of a request from its headers, as AppSync does: `x-api-key` → API key, a SigV4
// `Authorization` → IAM, a JWT `Authorization` → the Cognito pool or OIDC provider whose issuer it
// names, any other token → the Lambda authorizer. Anything else is refused with a 401.
import { authenticateApiKey, type ApiKey } from './api-key';
import { UnauthorizedError, type AuthContext, type AuthMode } from './auth-context';
import { authenticateIam, type IamConfig } from './aws-iam';
import { authenticateCognito, type TokenVerifier } from './cognito-user-pools';
import type { LambdaAuthorizer } from './lambda-authorizer';
import { authenticateOidc } from './openid-connect';

export interface AuthConfig {
  /** The API's default mode; types and fields without directives are reachable by it only. */
  defaultMode: AuthMode;
  apiKeys?: ApiKey[];
  cognito?: TokenVerifier;
  oidc?: TokenVerifier & { issuer: string };
  lambda?: LambdaAuthorizer;
  iam?: IamConfig;
  now?: () => number;
  /** Why a token was refused (the 401 itself says no more than AppSync's does). */
  log?: (line: string) => void;
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

/** The `iss` claim of a token shaped like a JWT, unverified: it only picks the mode that verifies it. */
function unverifiedIssuer(token: string): string | undefined {
  const parts = token.replace(/^Bearer\s+/i, '').trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { iss?: unknown } | null;
    return typeof payload?.iss === 'string' ? payload.iss : undefined;
  } catch {
    return undefined;
  }
}

function tokenMode(token: string, config: AuthConfig): 'cognito' | 'oidc' | 'lambda' | undefined {
  const issuer = unverifiedIssuer(token);
  if (issuer !== undefined) {
    if (config.oidc && issuer === config.oidc.issuer) return 'oidc';
    if (config.cognito && (config.cognito.issuer === undefined || issuer === config.cognito.issuer)) return 'cognito';
  }
  if (config.lambda) return 'lambda';
  // No mode claims this token: the configured JWT mode refuses it with its own 401.
  return config.cognito ? 'cognito' : config.oidc ? 'oidc' : undefined;
}

/**
 * `headers` must have lower-case names. `request` is what IAM verifies and the Lambda authorizer is
 * told about: the HTTP request itself, or for the realtime protocol `POST <graphqlPath>/connect` with
 * body `{}` (connection) and `POST <graphqlPath>` with body = the start message's `data` string.
 */
export async function authenticate(headers: Headers, config: AuthConfig, remoteAddress = '127.0.0.1', request?: SignedParts): Promise<AuthContext> {
  const now = config.now?.() ?? Date.now();
  const apiKey = headers['x-api-key'];
  if (apiKey !== undefined && config.apiKeys) {
    return authenticateApiKey(apiKey, config.apiKeys, Math.floor(now / 1000));
  }
  const authorization = headers.authorization;
  if (authorization?.startsWith('AWS4-HMAC-SHA256')) {
    if (config.iam) {
      if (!request) {
        throw new UnauthorizedError('IAM authorization needs the signed request, which this transport did not provide.');
      }
      return authenticateIam({ ...request, headers }, { now: config.now, ...config.iam }, sourceIps(headers, remoteAddress));
    }
  } else if (authorization) {
    switch (tokenMode(authorization, config)) {
      case 'cognito':
        return authenticateCognito(authorization, config.cognito!, sourceIps(headers, remoteAddress));
      case 'oidc':
        return authenticateOidc(authorization, config.oidc!, config.log);
      case 'lambda':
        return config.lambda!.authorize(authorization, { headers, body: request?.body });
    }
  }
  throw new UnauthorizedError('Valid authorization header not provided.');
}
