// Verifies Cognito user-pool JWTs (ID or access token) for the local AppSync server's Cognito auth mode.
// Locally the JWKS comes from the stand-in and is never refetched; without one it is fetched from AWS as usual.
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';

export type CognitoVerifier = { issuer: string; verify(token: string): Promise<Record<string, unknown>> };

export type CognitoVerifierOptions = {
  userPoolId: string;
  clientIds: string[];
  /** JWKS JSON fetched from the stand-in (see fetchJwks); when absent the verifier downloads the pool's JWKS from AWS. */
  jwks?: unknown;
};

export async function fetchJwks(jwksUri: string): Promise<unknown> {
  const res = await fetch(jwksUri, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`Fetching JWKS from ${jwksUri} failed: HTTP ${res.status}`);
  const body = (await res.json()) as { keys?: unknown };
  if (!Array.isArray(body.keys)) throw new Error(`${jwksUri} did not return a JWKS (no "keys" array)`);
  return body;
}

export function createCognitoVerifier(opts: CognitoVerifierOptions): CognitoVerifier {
  if (opts.clientIds.length === 0) throw new Error('createCognitoVerifier: at least one client id is required');
  // tokenUse null: aws-amplify v6 sends the access token, other clients the ID token. The client check still
  // applies to both (aud on ID tokens, client_id on access tokens), and token_use must be one of the two.
  const verifier = CognitoJwtVerifier.create({ userPoolId: opts.userPoolId, tokenUse: null, clientId: opts.clientIds });
  const offline = opts.jwks !== undefined;
  if (offline) verifier.cacheJwks(opts.jwks as Jwks);

  return {
    // aws-jwt-verify checks this same issuer; the region is the pool id's prefix.
    issuer: `https://cognito-idp.${opts.userPoolId.split('_')[0]}.amazonaws.com/${opts.userPoolId}`,
    async verify(token: string): Promise<Record<string, unknown>> {
      const jwt = token.replace(/^Bearer\s+/i, '').trim();
      try {
        // verifySync only uses the cached JWKS, so a token with an unknown key fails at once instead of
        // trying to reach AWS from an offline machine.
        const payload = offline ? verifier.verifySync(jwt) : await verifier.verify(jwt);
        if (payload.token_use !== 'id' && payload.token_use !== 'access') {
          throw new Error(`unexpected token_use ${String(payload.token_use)}`);
        }
        return payload as Record<string, unknown>;
      } catch (err) {
        throw new Error(`Unauthorized: invalid Cognito token (${(err as Error).message})`, { cause: err });
      }
    },
  };
}
