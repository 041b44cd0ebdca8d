// Seeds demo events through Herald's own API (as the demo organizer), so seeding exercises the same
// resolvers users do.
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { seedEvents, type DemoUser } from './demo-data';

export async function signInWithPassword(cognitoEndpoint: string, region: string, clientId: string, user: DemoUser): Promise<string> {
  const client = new CognitoIdentityProviderClient({ endpoint: cognitoEndpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const output = await client.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } }),
  );
  client.destroy();
  const token = output.AuthenticationResult?.AccessToken;
  if (!token) {
    throw new Error(`Sign-in of demo user ${user.username} returned no token`);
  }
  return token;
}

async function call(graphqlUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`Seeding failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function seedDemoEvents(graphqlUrl: string, organizerToken: string, now = new Date()): Promise<number> {
  for (const event of seedEvents) {
    const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + event.inDays, event.hour)).toISOString();
    const created = await call(
      graphqlUrl,
      organizerToken,
      'mutation Seed($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      { input: { title: event.title, description: event.description, startsAt, timeZone: event.timeZone } },
    );
    if (event.publish) {
      await call(graphqlUrl, organizerToken, 'mutation Publish($id: ID!) { publishEvent(id: $id) { id } }', { id: created.createEvent.id });
    }
  }
  return seedEvents.length;
}
