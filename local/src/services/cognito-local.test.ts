// Tests for the cognito-local launcher: the seeded files, the AWS-style issuer, and state surviving a restart.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalCognitoClient } from './cognito-client';
import { startCognitoLocal, type CognitoLocal } from './cognito-local';
import { ensureAppClient, ensureUser } from './cognito-provision';
import { freePort } from './ports';

const POOL = 'us-east-1_LocalDev1';
const running: CognitoLocal[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'herald-cognito-'));
  tempDirs.push(dir);
  return dir;
}

async function start(dataDir: string): Promise<CognitoLocal> {
  const cognito = await startCognitoLocal({ port: await freePort(), dataDir, userPoolId: POOL, region: 'us-east-1' });
  running.push(cognito);
  return cognito;
}

describe('startCognitoLocal', () => {
  it('seeds the config and an AWS-format pool, and serves the JWKS on 127.0.0.1', async () => {
    // Prepare
    const dataDir = await tempDir();
    const began = Date.now();

    // Act
    const cognito = await start(dataDir);
    const startMs = Date.now() - began;
    const config = JSON.parse(await readFile(join(dataDir, '.cognito/config.json'), 'utf8'));
    const pool = JSON.parse(await readFile(join(dataDir, `.cognito/db/${POOL}.json`), 'utf8'));
    const jwks = (await (await fetch(cognito.jwksUri)).json()) as { keys: { kid: string }[] };

    // Assess
    console.info(`cognito-local ready in ${startMs} ms`);
    expect(cognito.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cognito.issuer).toBe(`https://cognito-idp.us-east-1.amazonaws.com/${POOL}`);
    expect(cognito.jwksUri).toBe(`${cognito.endpoint}/${POOL}/.well-known/jwks.json`);
    expect(config.TokenConfig.IssuerDomain).toBe('https://cognito-idp.us-east-1.amazonaws.com');
    expect(pool.Options.Id).toBe(POOL);
    expect(pool.Options.UsernameAttributes).toBeUndefined();
    expect(jwks.keys.map((k) => k.kid)).toEqual(['CognitoLocal']);
  });

  it('keeps users and clients across a restart on the same data dir', async () => {
    // Prepare
    const dataDir = await tempDir();
    const first = await start(dataDir);
    const clientId = await ensureAppClient(first.endpoint, POOL, 'web');
    const { sub } = await ensureUser(first.endpoint, POOL, { username: 'ada', password: 'Passw0rd!', email: 'ada@example.com', groups: [] });
    await first.stop();

    // Act
    const second = await start(dataDir);
    const client = createLocalCognitoClient(second.endpoint, POOL);
    const auth = await client.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'ada', PASSWORD: 'Passw0rd!' } }),
    );
    client.destroy();
    const again = await ensureUser(second.endpoint, POOL, { username: 'ada', password: 'Passw0rd!', email: 'ada@example.com', groups: [] });

    // Assess
    expect(auth.AuthenticationResult?.IdToken).toBeTruthy();
    expect(again.sub).toBe(sub);
    expect(await ensureAppClient(second.endpoint, POOL, 'web')).toBe(clientId);
  });

  it('refuses a pool id whose region prefix does not match the region', async () => {
    // Prepare
    const dataDir = await tempDir();

    // Act
    const started = startCognitoLocal({ port: await freePort(), dataDir, userPoolId: 'local_abc', region: 'us-east-1' });

    // Assess
    await expect(started).rejects.toThrow('must start with "us-east-1_"');
  });
});
