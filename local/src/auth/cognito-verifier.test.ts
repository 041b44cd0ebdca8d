// Tests for the Cognito JWT verifier: real tokens from cognito-local, and hand-minted ones for the failure cases.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalCognitoClient } from '../services/cognito-client';
import { startCognitoLocal, type CognitoLocal } from '../services/cognito-local';
import { ensureAppClient, ensureGroup, ensureUser } from '../services/cognito-provision';
import { freePort } from '../services/ports';
import { createCognitoVerifier, fetchJwks } from './cognito-verifier';

const REGION = 'us-east-1';
const POOL = 'us-east-1_Verify1';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;

let dataDir: string;
let cognito: CognitoLocal;
let clientId: string;
let tokens: AuthenticationResultType;
let jwks: unknown;

async function signIn(endpoint: string, appClientId: string, username: string, password: string): Promise<AuthenticationResultType> {
  const client = createLocalCognitoClient(endpoint, REGION);
  try {
    const res = await client.send(
      new InitiateAuthCommand({ ClientId: appClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }),
    );
    if (!res.AuthenticationResult) throw new Error(`sign-in of ${username} returned no tokens`);
    return res.AuthenticationResult;
  } finally {
    client.destroy();
  }
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function mint(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

const keyPairs = new Map<string, { privateKey: KeyObject; jwks: unknown }>();

// RSA key generation is slow on a busy 2-core box, so each kid is generated once per file.
function ownKeyPair(kid: string): { privateKey: KeyObject; jwks: unknown } {
  let pair = keyPairs.get(kid);
  if (!pair) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    pair = { privateKey, jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] } };
    keyPairs.set(kid, pair);
  }
  return pair;
}

function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub: 'u-1', iss: ISSUER, client_id: 'client-1', token_use: 'access', iat: now, exp: now + 600, ...overrides };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'herald-verifier-'));
  cognito = await startCognitoLocal({ port: await freePort(), dataDir, userPoolId: POOL, region: REGION });
  clientId = await ensureAppClient(cognito.endpoint, POOL, 'web');
  await ensureGroup(cognito.endpoint, POOL, 'organizers');
  await ensureUser(cognito.endpoint, POOL, { username: 'lin', password: 'Passw0rd!', email: 'lin@example.com', groups: ['organizers'] });
  tokens = await signIn(cognito.endpoint, clientId, 'lin', 'Passw0rd!');
  jwks = await fetchJwks(cognito.jwksUri);
});

afterAll(async () => {
  await cognito?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('createCognitoVerifier with cognito-local tokens', () => {
  it('accepts the ID token and the access token, with the groups', async () => {
    // Prepare
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: [clientId], jwks });

    // Act
    const id = await verifier.verify(tokens.IdToken!);
    const access = await verifier.verify(tokens.AccessToken!);

    // Assess
    expect(id).toMatchObject({ token_use: 'id', aud: clientId, iss: ISSUER, 'cognito:username': 'lin', email: 'lin@example.com' });
    expect(access).toMatchObject({ token_use: 'access', client_id: clientId, iss: ISSUER, username: 'lin' });
    expect(id['cognito:groups']).toEqual(['organizers']);
    expect(access['cognito:groups']).toEqual(['organizers']);
    expect(access.sub).toBe(id.sub);
  });

  it('rejects a tampered token', async () => {
    // Prepare
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: [clientId], jwks });
    const [header, payload, signature] = tokens.AccessToken!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${b64url({ ...claims, 'cognito:groups': ['admins'] })}.${signature}`;

    // Act
    const result = verifier.verify(forged);

    // Assess
    await expect(result).rejects.toThrow(/^Unauthorized: invalid Cognito token \(.*signature/i);
  });

  it('rejects a token issued by another pool, even though cognito-local signs it with the same key', async () => {
    // Prepare
    const admin = createLocalCognitoClient(cognito.endpoint, REGION);
    const { UserPool } = await admin.send(new CreateUserPoolCommand({ PoolName: 'other' }));
    const otherPool = UserPool!.Id!;
    const { UserPoolClient } = await admin.send(new CreateUserPoolClientCommand({ UserPoolId: otherPool, ClientName: 'web' }));
    await admin.send(new AdminCreateUserCommand({ UserPoolId: otherPool, Username: 'eve@example.com', MessageAction: 'SUPPRESS' }));
    await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: otherPool, Username: 'eve@example.com', Password: 'Passw0rd!', Permanent: true }));
    admin.destroy();
    const foreign = await signIn(cognito.endpoint, UserPoolClient!.ClientId!, 'eve@example.com', 'Passw0rd!');
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: [clientId, UserPoolClient!.ClientId!], jwks });

    // Act
    const result = verifier.verify(foreign.IdToken!);

    // Assess
    await expect(result).rejects.toThrow(/Unauthorized: .*issuer/i);
  });

  it('rejects a token for a client it was not configured with', async () => {
    // Prepare
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: ['some-other-client'], jwks });

    // Act
    const idResult = verifier.verify(tokens.IdToken!);
    const accessResult = verifier.verify(tokens.AccessToken!);

    // Assess
    await expect(idResult).rejects.toThrow(/Unauthorized: .*client/i);
    await expect(accessResult).rejects.toThrow(/Unauthorized: .*client/i);
  });
});

describe('createCognitoVerifier with minted tokens', () => {
  it('accepts a well-formed access token and strips a Bearer prefix', async () => {
    // Prepare
    const { privateKey, jwks: ownJwks } = ownKeyPair('k1');
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: ['client-1'], jwks: ownJwks });

    // Act
    const claims = await verifier.verify(`Bearer ${mint(privateKey, 'k1', accessClaims())}`);

    // Assess
    expect(claims.sub).toBe('u-1');
  });

  it('rejects an expired token', async () => {
    // Prepare
    const { privateKey, jwks: ownJwks } = ownKeyPair('k1');
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: ['client-1'], jwks: ownJwks });
    const past = Math.floor(Date.now() / 1000) - 3600;

    // Act
    const result = verifier.verify(mint(privateKey, 'k1', accessClaims({ iat: past - 60, exp: past })));

    // Assess
    await expect(result).rejects.toThrow(/Unauthorized: .*expired/i);
  });

  it('rejects at once, without going online, a token whose key is not in the local JWKS', async () => {
    // Prepare
    const { jwks: ownJwks } = ownKeyPair('k1');
    const stranger = ownKeyPair('k2');
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: ['client-1'], jwks: ownJwks });
    const began = Date.now();

    // Act
    const result = verifier.verify(mint(stranger.privateKey, 'k2', accessClaims()));

    // Assess
    await expect(result).rejects.toThrow(/^Unauthorized: /);
    expect(Date.now() - began).toBeLessThan(500);
  });

  it('rejects a token that is not a Cognito ID or access token, and garbage', async () => {
    // Prepare
    const { privateKey, jwks: ownJwks } = ownKeyPair('k1');
    const verifier = createCognitoVerifier({ userPoolId: POOL, clientIds: ['client-1'], jwks: ownJwks });

    // Act
    const refreshLike = verifier.verify(mint(privateKey, 'k1', accessClaims({ token_use: 'refresh' })));
    const garbage = verifier.verify('not-a-jwt');

    // Assess
    await expect(refreshLike).rejects.toThrow(/^Unauthorized: /);
    await expect(garbage).rejects.toThrow(/^Unauthorized: /);
  });
});

describe('fetchJwks', () => {
  it('refuses a document without keys', async () => {
    // Prepare
    const notJwks = `${cognito.endpoint}/health`;

    // Act
    const result = fetchJwks(notJwks);

    // Assess
    await expect(result).rejects.toThrow('did not return a JWKS');
  });
});
