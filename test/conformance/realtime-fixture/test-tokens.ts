// Cognito-shaped access tokens signed by a throwaway key, verified by the server's real Cognito
// verifier (aws-jwt-verify against this key's JWKS): valid, expired and forged tokens on demand.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createCognitoVerifier, type CognitoVerifier } from '../../../local/src/auth/cognito-verifier';
import { cognitoIssuer } from '../../../local/src/services/cognito-local';

const REGION = 'us-east-1';
const USER_POOL_ID = 'us-east-1_RealtimeT1';
const CLIENT_ID = 'realtime-fixture-client';
const KEY_ID = 'realtime-fixture-key';

export interface TestTokens {
  verifier: CognitoVerifier;
  /** An access token for `username`, valid for an hour unless `expiresIn` (seconds, may be negative) says otherwise. */
  accessToken(username: string, options?: { groups?: string[]; expiresIn?: number }): string;
  /** A well-formed token signed by another key. */
  forgedToken(username: string): string;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signed(key: KeyObject, claims: Record<string, unknown>): string {
  const unsigned = `${base64url({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

function claimsFor(username: string, groups: string[], expiresIn: number): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: `sub-${username}`,
    iss: cognitoIssuer(REGION, USER_POOL_ID),
    client_id: CLIENT_ID,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: now,
    iat: now - 60,
    exp: now + expiresIn,
    jti: `${username}-${now}`,
    username,
    ...(groups.length > 0 ? { 'cognito:groups': groups } : {}),
  };
}

export function createTestTokens(): TestTokens {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = publicKey.export({ format: 'jwk' });
  const verifier = createCognitoVerifier({ userPoolId: USER_POOL_ID, clientIds: [CLIENT_ID], jwks: { keys: [{ ...jwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] } });
  return {
    verifier,
    accessToken: (username, options = {}) => signed(privateKey, claimsFor(username, options.groups ?? [], options.expiresIn ?? 3_600)),
    forgedToken: (username) => signed(other, claimsFor(username, [], 3_600)),
  };
}
