// OPENID_CONNECT mode (appsync-spec.md §2, §9.1): a JWT of the configured issuer, verified against the
// issuer's JWKS (found by OIDC discovery unless given), with AppSync's clientId regex and token TTLs.
import { JwtVerifier } from 'aws-jwt-verify';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { javaMatches } from '../runtime/util/java-regex';
import { UnauthorizedError, type AuthContext } from './auth-context';
import type { TokenVerifier } from './cognito-user-pools';

export interface OidcConfig {
  /** Must equal the tokens' `iss` exactly, and the `issuer` of the discovery document. */
  issuer: string;
  /** Regular expression (Java syntax, whole match) the token's `aud` or `azp` must match; absent = any client. */
  clientId?: string;
  /** Milliseconds a token stays valid after its `iat`. */
  iatTTL?: number;
  /** Milliseconds a token stays valid after its `auth_time`. */
  authTTL?: number;
  /** The JWKS URL; without it, `jwks_uri` of `<issuer>/.well-known/openid-configuration`. */
  jwksUri?: string;
}

const FETCH_TIMEOUT_MS = 5_000;

// aws-jwt-verify's own fetcher speaks https only; local providers serve plain http on 127.0.0.1.
async function fetchBody(uri: string): Promise<ArrayBuffer> {
  const response = await fetch(uri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET ${uri}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const document = JSON.parse(new TextDecoder().decode(await fetchBody(url))) as { issuer?: unknown; jwks_uri?: unknown };
  if (document.issuer !== issuer) throw new Error(`${url} names issuer ${JSON.stringify(document.issuer)}, not ${issuer}`);
  if (typeof document.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return document.jwks_uri;
}

function audiences(payload: Record<string, unknown>): string[] {
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  return [...aud, payload.azp].filter((value): value is string => typeof value === 'string');
}

function expiredAfter(claim: unknown, ttlMs: number | undefined, name: string): void {
  if (ttlMs === undefined) return;
  if (typeof claim !== 'number') throw new Error(`${name} is required by the provider's TTL but missing`);
  if (Date.now() > claim * 1000 + ttlMs) throw new JwtExpiredError(`Token ${name} is older than ${ttlMs} ms`, claim);
}

export function createOidcVerifier(config: OidcConfig): TokenVerifier & { issuer: string } {
  // Fails at startup on a pattern Java would refuse too.
  if (config.clientId !== undefined) javaMatches(config.clientId, '');
  const jwksCache = new SimpleJwksCache({ fetcher: { fetch: fetchBody } });
  const create = (jwksUri: string) => JwtVerifier.create({ issuer: config.issuer, audience: null, jwksUri }, { jwksCache });
  let verifier: Promise<ReturnType<typeof create>> | undefined;

  function jwtVerifier() {
    verifier ??= (config.jwksUri ? Promise.resolve(config.jwksUri) : discoverJwksUri(config.issuer)).then(create);
    // A provider that was down is asked again on the next request.
    verifier.catch(() => (verifier = undefined));
    return verifier;
  }

  return {
    issuer: config.issuer,
    async verify(token) {
      const payload = (await (await jwtVerifier()).verify(token)) as Record<string, unknown>;
      if (config.clientId !== undefined && !audiences(payload).some((client) => javaMatches(config.clientId!, client))) {
        throw new Error(`no aud/azp matches clientId ${config.clientId}`);
      }
      expiredAfter(payload.iat, config.iatTTL, 'iat');
      expiredAfter(payload.auth_time, config.authTTL, 'auth_time');
      return payload;
    },
  };
}

export async function authenticateOidc(token: string, verifier: TokenVerifier, log: (line: string) => void = () => {}): Promise<AuthContext> {
  let claims: Record<string, unknown>;
  try {
    claims = await verifier.verify(token.replace(/^Bearer\s+/i, '').trim());
  } catch (error) {
    log(`OIDC token refused: ${(error as Error).message}`);
    throw new UnauthorizedError(error instanceof JwtExpiredError ? 'Token has expired.' : 'Valid authorization header not provided.');
  }
  return { mode: 'OPENID_CONNECT', identity: { sub: claims.sub, issuer: claims.iss, claims } };
}
