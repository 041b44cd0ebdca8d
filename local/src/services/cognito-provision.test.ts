// Tests for idempotent user-pool seeding against a real cognito-local.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminListGroupsForUserCommand,
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  InitiateAuthCommand,
  ListUserPoolClientsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalCognitoClient } from './cognito-client';
import { startCognitoLocal, type CognitoLocal } from './cognito-local';
import { ensureAppClient, ensureGroup, ensureUser } from './cognito-provision';
import { freePort } from './ports';

const POOL = 'us-east-1_Provision1';
let dataDir: string;
let cognito: CognitoLocal;
let client: CognitoIdentityProviderClient;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'herald-cognito-'));
  cognito = await startCognitoLocal({ port: await freePort(), dataDir, userPoolId: POOL, region: 'us-east-1' });
  client = createLocalCognitoClient(cognito.endpoint, POOL);
});

afterAll(async () => {
  client?.destroy();
  await cognito?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('cognito provisioning', () => {
  it('ensureAppClient reuses the client of that name and enables password and refresh auth', async () => {
    // Prepare
    const legacy = await client.send(new CreateUserPoolClientCommand({ UserPoolId: POOL, ClientName: 'legacy' }));

    // Act
    const first = await ensureAppClient(cognito.endpoint, POOL, 'web');
    const second = await ensureAppClient(cognito.endpoint, POOL, 'web');
    const upgraded = await ensureAppClient(cognito.endpoint, POOL, 'legacy');
    const { UserPoolClients } = await client.send(new ListUserPoolClientsCommand({ UserPoolId: POOL, MaxResults: 60 }));
    const { UserPoolClient } = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: POOL, ClientId: upgraded }));

    // Assess
    expect(second).toBe(first);
    expect(upgraded).toBe(legacy.UserPoolClient?.ClientId);
    expect(UserPoolClients?.filter((c) => c.ClientName === 'web')).toHaveLength(1);
    expect(UserPoolClient?.ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']));
  });

  it('ensureGroup and ensureUser can run twice: same sub, groups kept, password works', async () => {
    // Prepare
    const clientId = await ensureAppClient(cognito.endpoint, POOL, 'web');
    const user = { username: 'grace', password: 'Str0ng!pass', email: 'grace@example.com', groups: ['organizers', 'admins'] };
    await ensureGroup(cognito.endpoint, POOL, 'organizers');
    const first = await ensureUser(cognito.endpoint, POOL, user);

    // Act
    await ensureGroup(cognito.endpoint, POOL, 'organizers');
    await ensureGroup(cognito.endpoint, POOL, 'admins');
    const second = await ensureUser(cognito.endpoint, POOL, user);
    const { Groups } = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: POOL, Username: 'grace' }));
    const auth = await client.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'grace', PASSWORD: user.password } }),
    );

    // Assess
    expect(second.sub).toBe(first.sub);
    expect(first.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(Groups?.map((g) => g.GroupName).sort()).toEqual(['admins', 'organizers']);
    expect(auth.ChallengeName).toBeUndefined();
    expect(auth.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
