// AMAZON_COGNITO_USER_POOLS mode: a verified ID or access token becomes AppSync's Cognito identity
// (appsync-spec.md §2): sub, issuer, username, claims, sourceIp, defaultAuthStrategy, groups.
import { UnauthorizedError, type AuthContext } from './auth-context';

export interface TokenVerifier {
  /** The `iss` of the tokens it accepts; requests route by it (a verifier without one takes any JWT no other mode claims). */
  issuer?: string;
  verify(token: string): Promise<Record<string, unknown>>;
}

export async function authenticateCognito(token: string, verifier: TokenVerifier, sourceIp: string[]): Promise<AuthContext> {
  let claims: Record<string, unknown>;
  try {
    claims = await verifier.verify(token.replace(/^Bearer\s+/i, ''));
  } catch (error) {
    const expired = /expired/i.test(String((error as Error).message));
    throw new UnauthorizedError(expired ? 'Token has expired.' : 'Valid authorization header not provided.');
  }
  const groups = claims['cognito:groups'];
  return {
    mode: 'AMAZON_COGNITO_USER_POOLS',
    identity: {
      sub: claims.sub,
      issuer: claims.iss,
      // ID tokens carry cognito:username, access tokens carry username.
      username: claims['cognito:username'] ?? claims.username,
      claims,
      sourceIp,
      defaultAuthStrategy: 'ALLOW',
      groups: Array.isArray(groups) ? groups : null,
    },
  };
}
