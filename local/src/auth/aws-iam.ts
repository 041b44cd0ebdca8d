// AWS_IAM mode: verifies a SigV4-signed request against locally configured credentials, recomputing
// the signature with @smithy/signature-v4, and yields AppSync's IAM identity (appsync-spec.md §2).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { getCanonicalHeaders, getSigningKey, SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest as SignableRequest } from '@smithy/types';
import { UnauthorizedError, type AuthContext } from './auth-context';
import { NodeSha256 } from './node-sha256';

/** One set of local credentials and the identity AppSync would derive for them. */
export interface IamPrincipal {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: the request must carry this x-amz-security-token. */
  sessionToken?: string;
  identity?: Partial<IamIdentity>;
}

export interface IamIdentity {
  accountId: string;
  cognitoIdentityPoolId: string | null;
  cognitoIdentityId: string | null;
  username: string;
  userArn: string;
  cognitoIdentityAuthType: 'authenticated' | 'unauthenticated' | null;
  cognitoIdentityAuthProvider: string | null;
}

export interface IamConfig {
  principals: IamPrincipal[];
  /** Region the API lives in; signatures must be scoped to it (default us-east-1). */
  region?: string;
  now?: () => number;
}

/** What a signature covers: the request as it arrived. */
export interface SignedRequest {
  method: string;
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SERVICE = 'appsync';
const MAX_SKEW_MS = 15 * 60 * 1000;
const AUTHORIZATION = /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/;

/** Exposes the signer's canonicalisation, so the error can show what was expected, as AWS does. */
class CanonicalSigner extends SignatureV4 {
  canonicalRequest(request: SignableRequest, signed: Set<string>, payloadHash: string): string {
    return this.createCanonicalRequest(request, getCanonicalHeaders(request, new Set(), signed), payloadHash);
  }
  stringToSign(longDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM);
  }
}

const forbidden = (errorType: string, message: string) => new UnauthorizedError(message, errorType, 403);

function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseAmzDate(value: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6]) : null;
}

function identityOf(principal: IamPrincipal, sourceIp: string[]): Record<string, unknown> {
  const identity = principal.identity ?? {};
  const accountId = identity.accountId ?? '000000000000';
  return {
    accountId,
    cognitoIdentityPoolId: identity.cognitoIdentityPoolId ?? null,
    cognitoIdentityId: identity.cognitoIdentityId ?? null,
    sourceIp,
    username: identity.username ?? principal.accessKeyId,
    userArn: identity.userArn ?? `arn:aws:iam::${accountId}:user/local`,
    cognitoIdentityAuthType: identity.cognitoIdentityAuthType ?? null,
    cognitoIdentityAuthProvider: identity.cognitoIdentityAuthProvider ?? null,
  };
}

/** AWS's wording for a header it cannot parse: one sentence per missing part, then the header itself. */
function incompleteHeaderMessage(header: string, headers: Readonly<Record<string, string | undefined>>): string {
  const missing = ['Credential', 'Signature', 'SignedHeaders']
    .filter((part) => !new RegExp(`(^|[\\s,])${part}=`).test(header))
    .map((part) => `Authorization header requires '${part}' parameter. `);
  if (headers['x-amz-date'] === undefined && headers.date === undefined) {
    missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
  }
  // [U] every part present but malformed: AWS's wording for this case is not on record.
  const reasons = missing.length > 0 ? missing.join('') : 'Authorization header is malformed. ';
  return `${reasons}Authorization=${header}`;
}

/** Throws UnauthorizedError (403, AWS's IAM error types) unless the signature verifies. */
export async function authenticateIam(request: SignedRequest, config: IamConfig, sourceIp: string[]): Promise<AuthContext> {
  const region = config.region ?? 'us-east-1';
  const header = request.headers.authorization ?? '';
  const parts = AUTHORIZATION.exec(header.trim());
  if (!parts) {
    throw forbidden('IncompleteSignatureException', incompleteHeaderMessage(header, request.headers));
  }
  const [, accessKeyId, scopeDate, scopeRegion, scopeService, signedList, signature] = parts;
  const principal = config.principals.find((candidate) => candidate.accessKeyId === accessKeyId);
  if (!principal) {
    throw forbidden('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const token = request.headers['x-amz-security-token'];
  if ((principal.sessionToken ?? undefined) !== (token ?? undefined)) {
    throw forbidden('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const longDate = request.headers['x-amz-date'];
  const signedAt = longDate ? parseAmzDate(longDate) : null;
  if (!longDate || signedAt === null) {
    throw forbidden('IncompleteSignatureException', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  const now = config.now?.() ?? Date.now();
  if (signedAt < now - MAX_SKEW_MS) {
    throw forbidden('InvalidSignatureException', `Signature expired: ${longDate} is now earlier than ${amzDate(now - MAX_SKEW_MS)} (${amzDate(now)} - 15 min.)`);
  }
  if (signedAt > now + MAX_SKEW_MS) {
    throw forbidden('InvalidSignatureException', `Signature not yet current: ${longDate} is still later than ${amzDate(now + MAX_SKEW_MS)} (${amzDate(now)} + 15 min.)`);
  }
  if (scopeDate !== longDate.slice(0, 8)) {
    throw forbidden('InvalidSignatureException', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${longDate.slice(0, 8)}', from '${longDate}'.`);
  }
  if (scopeRegion !== region) {
    throw forbidden('InvalidSignatureException', `Credential should be scoped to a valid region, not '${scopeRegion}'. `);
  }
  if (scopeService !== SERVICE) {
    throw forbidden('InvalidSignatureException', `Credential should be scoped to correct service: '${SERVICE}'. `);
  }
  const signed = signedList.split(';');
  if (!signed.includes('host')) {
    throw forbidden('InvalidSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  const missing = signed.find((name) => request.headers[name] === undefined);
  if (missing) {
    throw forbidden('IncompleteSignatureException', `'${missing}' is named as a SignedHeader, but it does not exist in the HTTP request.`);
  }
  // The body is always covered: UNSIGNED-PAYLOAD is an S3 notion, so claiming it cannot swap the body.
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const claimedHash = request.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== bodyHash) {
    throw forbidden('InvalidSignatureException', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  const credentials = { accessKeyId, secretAccessKey: principal.secretAccessKey, sessionToken: principal.sessionToken };
  const signer = new CanonicalSigner({ credentials, region, service: SERVICE, sha256: NodeSha256, uriEscapePath: true });
  const signable: SignableRequest = {
    method: request.method,
    protocol: 'https:',
    hostname: request.headers.host ?? '',
    path: request.path,
    query: {},
    headers: Object.fromEntries(signed.map((name) => [name, request.headers[name]!])),
    body: request.body,
  };
  const canonicalRequest = signer.canonicalRequest(signable, new Set(signed), bodyHash);
  const scope = `${scopeDate}/${region}/${SERVICE}/aws4_request`;
  const stringToSign = await signer.stringToSign(longDate, scope, canonicalRequest);
  const key = await getSigningKey(NodeSha256, credentials, scopeDate, region, SERVICE);
  const expected = createHmac('sha256', Buffer.from(key)).update(stringToSign).digest('hex');
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw forbidden(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.' +
        `\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
    );
  }
  return { mode: 'AWS_IAM', identity: identityOf(principal, sourceIp) };
}
