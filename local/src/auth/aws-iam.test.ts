// SigV4 verification: requests signed the way AWS SDKs and aws-amplify sign them, and every way one can fail.
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from './auth-context';
import { authenticateIam, type IamConfig, type SignedRequest } from './aws-iam';
import { NodeSha256 } from './node-sha256';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const principal = { accessKeyId: 'AKIALOCAL', secretAccessKey: 'local-secret' };
const config: IamConfig = { principals: [principal, { accessKeyId: 'ASIATEMP', secretAccessKey: 's2', sessionToken: 'tok', identity: { username: 'AROA:CognitoIdentityCredentials', cognitoIdentityAuthType: 'unauthenticated' } }], now: () => NOW };
const body = JSON.stringify({ query: '{ ping }' });

async function signed(
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = principal,
  options: { region?: string; service?: string; at?: number; body?: string } = {},
): Promise<SignedRequest> {
  const signer = new SignatureV4({ credentials, region: options.region ?? 'us-east-1', service: options.service ?? 'appsync', sha256: NodeSha256 });
  const request = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4000,
      path: '/graphql',
      query: {},
      headers: { host: '127.0.0.1:4000', accept: '*/*', 'content-type': 'application/json; charset=UTF-8' },
      body: options.body ?? body,
    },
    { signingDate: new Date(options.at ?? NOW) },
  );
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', path: '/graphql', headers, body };
}

async function failure(request: SignedRequest): Promise<UnauthorizedError> {
  const error = await authenticateIam(request, config, ['127.0.0.1']).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

describe('authenticateIam', () => {
  it('accepts a request signed with configured credentials and yields the IAM identity', async () => {
    // Act
    const auth = await authenticateIam(await signed(), config, ['10.0.0.1', '127.0.0.1']);
    // Assess
    expect(auth).toEqual({
      mode: 'AWS_IAM',
      identity: {
        accountId: '000000000000',
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        sourceIp: ['10.0.0.1', '127.0.0.1'],
        username: 'AKIALOCAL',
        userArn: 'arn:aws:iam::000000000000:user/local',
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      },
    });
  });

  it('accepts temporary credentials with their session token and the configured identity fields', async () => {
    // Act
    const auth = await authenticateIam(await signed({ accessKeyId: 'ASIATEMP', secretAccessKey: 's2', sessionToken: 'tok' }), config, ['127.0.0.1']);
    // Assess
    expect(auth.identity).toMatchObject({ username: 'AROA:CognitoIdentityCredentials', cognitoIdentityAuthType: 'unauthenticated' });
  });

  it('explains a wrong secret with the canonical request and string-to-sign, as AWS does', async () => {
    // Prepare
    const request = await signed({ accessKeyId: 'AKIALOCAL', secretAccessKey: 'wrong' });
    // Act
    const error = await failure(request);
    // Assess
    expect([error.status, error.errorType]).toEqual([403, 'InvalidSignatureException']);
    expect(error.message).toMatch(/^The request signature we calculated does not match the signature you provided\. /);
    expect(error.message).toContain("The Canonical String for this request should have been\n'POST\n/graphql\n\naccept:*/*\ncontent-type:application/json; charset=UTF-8\nhost:127.0.0.1:4000\nx-amz-content-sha256:");
    expect(error.message).toContain("The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20250102T030405Z\n20250102/us-east-1/appsync/aws4_request\n");
  });

  it.each([
    ['a changed body', async () => ({ ...(await signed()), body: '{"query":"{ other }"}' }), 'InvalidSignatureException', /x-amz-content-sha256/],
    ['an unknown access key', () => signed({ accessKeyId: 'AKIAOTHER', secretAccessKey: 'x' }), 'UnrecognizedClientException', /^The security token included in the request is invalid\.$/],
    ['a missing session token', () => signed({ accessKeyId: 'ASIATEMP', secretAccessKey: 's2' }), 'UnrecognizedClientException', /security token/],
    ['an old signature', () => signed(principal, { at: NOW - 16 * 60 * 1000 }), 'InvalidSignatureException', /^Signature expired: 20250102T024805Z is now earlier than 20250102T024905Z \(20250102T030405Z - 15 min\.\)$/],
    ['a future signature', () => signed(principal, { at: NOW + 16 * 60 * 1000 }), 'InvalidSignatureException', /^Signature not yet current: /],
    ['another region', () => signed(principal, { region: 'eu-west-1' }), 'InvalidSignatureException', /^Credential should be scoped to a valid region, not 'eu-west-1'\. $/],
    ['another service', () => signed(principal, { service: 'execute-api' }), 'InvalidSignatureException', /^Credential should be scoped to correct service: 'appsync'\. $/],
    ['a signed header that was dropped', async () => { const request = await signed(); delete request.headers.accept; return request; }, 'IncompleteSignatureException', /^'accept' is named as a SignedHeader, but it does not exist in the HTTP request\.$/],
    [
      'a header with no parts and no date',
      async () => ({ ...(await signed()), headers: { authorization: 'AWS4-HMAC-SHA256 garbage' } }),
      'IncompleteSignatureException',
      /^Authorization header requires 'Credential' parameter\. Authorization header requires 'Signature' parameter\. Authorization header requires 'SignedHeaders' parameter\. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header\. Authorization=AWS4-HMAC-SHA256 garbage$/,
    ],
    [
      'a header without its signature',
      async () => { const request = await signed(); request.headers.authorization = request.headers.authorization!.replace(/, Signature=.*$/, ''); return request; },
      'IncompleteSignatureException',
      /^Authorization header requires 'Signature' parameter\. Authorization=AWS4-HMAC-SHA256 Credential=/,
    ],
    [
      'a body swapped under an UNSIGNED-PAYLOAD claim',
      async () => { const request = await signed(); return { ...request, headers: { ...request.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }, body: '{"query":"{ other }"}' }; },
      'InvalidSignatureException',
      /x-amz-content-sha256/,
    ],
  ])('refuses %s with 403 %s', async (_label, make, errorType, message) => {
    // Act
    const error = await failure(await make());
    // Assess
    expect([error.status, error.errorType]).toEqual([403, errorType]);
    expect(error.message).toMatch(message);
  });
});
