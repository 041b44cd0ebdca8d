// AMAZON_COGNITO_USER_POOLS mode: a verified ID or access token becomes AppSync's Cognito identity
// (appsync-spec.md §2): sub, issuer, username, claims, sourceIp, defaultAuthStrategy, groups.
import { UnauthorizedError, type AuthContext } from './auth-context';

export interface TokenVerifier {
  /** The `iss` of the tokens it accepts; requests route by it (a verifier without one takes any JWT no other mode claims). */
  issuer?: string;
  verify(token: string): Promise<Record<string, unknown>>;
}

/** Header and payload decode to JSON objects: what AppSync must read before it can verify anything. */
function parsesAsJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  try {
    return parts.slice(0, 2).every((part) => {
      const decoded = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
      return typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded);
    });
  } catch {
    return false;
  }
}

export async function authenticateCognito(token: string, verifier: TokenVerifier, sourceIp: string[]): Promise<AuthContext> {
  // [O] AppSync reads the header value as the JWT itself: a `Bearer ` prefix or a non-JWT gets this 401
  // (aws-appsync-community#198, amplify-js#2645, #4553).
  if (!parsesAsJwt(token)) {
    throw new UnauthorizedError('Unable to parse JWT token.');
  }
  let claims: Record<string, unknown>;
  try {
    claims = await verifier.verify(token);
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
