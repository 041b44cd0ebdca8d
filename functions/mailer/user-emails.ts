// Email addresses of Cognito users by `sub`. Registrations are keyed by sub, and the access token
// aws-amplify sends carries no email, so the mailer looks addresses up in the user pool itself.
import { ListUsersCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

const SUB = /^[A-Za-z0-9-]{1,128}$/;

export async function emailsOfUsers(cognito: CognitoIdentityProviderClient, userPoolId: string, subs: string[]): Promise<{ emails: string[]; unknown: number }> {
  const emails: string[] = [];
  let unknown = 0;
  for (const sub of subs) {
    const { Users } = SUB.test(sub) ? await cognito.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: `sub = "${sub}"`, Limit: 1 })) : { Users: [] };
    const email = Users?.[0]?.Attributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (email) emails.push(email.toLowerCase());
    else unknown += 1;
  }
  return { emails, unknown };
}
