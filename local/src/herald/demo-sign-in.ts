// Signs a demo user in to the local Cognito stand-in with USER_PASSWORD_AUTH (cognito-local has no SRP),
// for seeding through the API and for the explorer's "act as" switch.
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createLocalCognitoClient } from '../services/cognito-client';

export interface DemoTokens {
  /** What aws-amplify v6 sends as `authorization` in userPool mode, so the explorer sends it too. */
  accessToken: string;
  idToken: string;
  /** ISO-8601 instant the tokens expire. */
  expiresAt: string;
}

export async function signInDemoUser(cognitoEndpoint: string, clientId: string, user: { username: string; password: string }): Promise<DemoTokens> {
  const client = createLocalCognitoClient(cognitoEndpoint);
  try {
    const { AuthenticationResult: result } = await client.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } }),
    );
    if (!result?.AccessToken || !result.IdToken) {
      throw new Error(`Sign-in of demo user ${user.username} returned no tokens`);
    }
    const expiresAt = new Date(Date.now() + (result.ExpiresIn ?? 3600) * 1000).toISOString();
    return { accessToken: result.AccessToken, idToken: result.IdToken, expiresAt };
  } finally {
    client.destroy();
  }
}
