// Idempotent seeding of a user pool through the real SDK: app client, groups and users end up as asked
// whether or not an earlier start already created them.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
  type AdminGetUserCommandOutput,
  type CognitoIdentityProviderClient,
  type ExplicitAuthFlowsType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createLocalCognitoClient } from './cognito-client';

export type SeedUser = { username: string; password: string; email: string; groups: string[] };

// SRP is listed for parity with AWS even though cognito-local cannot do it; local clients sign in with USER_PASSWORD_AUTH.
const AUTH_FLOWS: ExplicitAuthFlowsType[] = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'];

async function withClient<T>(endpoint: string, userPoolId: string, work: (c: CognitoIdentityProviderClient) => Promise<T>): Promise<T> {
  const client = createLocalCognitoClient(endpoint, userPoolId);
  try {
    return await work(client);
  } finally {
    client.destroy();
  }
}

const isNotFound = (err: unknown): boolean => (err as Error).name === 'UserNotFoundException';

async function findClientId(client: CognitoIdentityProviderClient, userPoolId: string, clientName: string): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }));
    const match = page.UserPoolClients?.find((c) => c.ClientName === clientName);
    if (match?.ClientId) return match.ClientId;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

export function ensureAppClient(endpoint: string, userPoolId: string, clientName: string): Promise<string> {
  return withClient(endpoint, userPoolId, async (client) => {
    const existing = await findClientId(client, userPoolId, clientName);
    if (!existing) {
      const created = await client.send(
        new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: clientName, ExplicitAuthFlows: AUTH_FLOWS }),
      );
      const clientId = created.UserPoolClient?.ClientId;
      if (!clientId) throw new Error(`CreateUserPoolClient returned no ClientId for ${clientName}`);
      return clientId;
    }
    const { UserPoolClient } = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: existing }));
    const flows = UserPoolClient?.ExplicitAuthFlows ?? [];
    const missing = AUTH_FLOWS.filter((flow) => !flows.includes(flow));
    if (missing.length) {
      await client.send(
        new UpdateUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: existing, ExplicitAuthFlows: [...flows, ...missing] }),
      );
    }
    return existing;
  });
}

async function groupExists(client: CognitoIdentityProviderClient, userPoolId: string, groupName: string): Promise<boolean> {
  // ListGroups rather than GetGroup: cognito-local answers GetGroup with a bare 500 while a pool has no groups yet.
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60, NextToken }));
    if (page.Groups?.some((g) => g.GroupName === groupName)) return true;
    NextToken = page.NextToken;
  } while (NextToken);
  return false;
}

async function ensureGroupWith(client: CognitoIdentityProviderClient, userPoolId: string, groupName: string): Promise<void> {
  // Look before creating: cognito-local's CreateGroup silently overwrites an existing group and drops its members.
  if (await groupExists(client, userPoolId, groupName)) return;
  try {
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: groupName }));
  } catch (err) {
    if ((err as Error).name !== 'GroupExistsException') throw err;
  }
}

export function ensureGroup(endpoint: string, userPoolId: string, groupName: string): Promise<void> {
  return withClient(endpoint, userPoolId, (client) => ensureGroupWith(client, userPoolId, groupName));
}

async function getUser(client: CognitoIdentityProviderClient, userPoolId: string, username: string): Promise<AdminGetUserCommandOutput | undefined> {
  try {
    return await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export function ensureUser(endpoint: string, userPoolId: string, user: SeedUser): Promise<{ sub: string }> {
  return withClient(endpoint, userPoolId, async (client) => {
    let found = await getUser(client, userPoolId, user.username);
    if (!found) {
      await client.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: user.username,
          MessageAction: 'SUPPRESS',
          TemporaryPassword: user.password,
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      found = await getUser(client, userPoolId, user.username);
    }
    // The pool may store the user under another name (e.g. the sub when email is the username attribute).
    const username = found?.Username ?? user.username;
    const sub = found?.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
    if (!sub) throw new Error(`User ${user.username} has no sub attribute`);

    // Always reset: the seeded password is the one published to developers, so it must keep working.
    await client.send(
      new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: username, Password: user.password, Permanent: true }),
    );
    const { Groups } = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }));
    const current = new Set((Groups ?? []).map((g) => g.GroupName));
    for (const group of user.groups.filter((g) => !current.has(g))) {
      await ensureGroupWith(client, userPoolId, group);
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
    }
    return { sub };
  });
}
