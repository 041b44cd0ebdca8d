// Request-level auth over real HTTP (appsync-spec.md §2, §8.3, §9.1): API keys with expiry, SigV4
// verified against local credentials, the 401/403 bodies, ctx.identity, and directive overrides.
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeSha256 } from '../../local/src/auth/node-sha256';
import { API_KEY, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

const IAM = { accessKeyId: 'AKIACONFORMANCE', secretAccessKey: 'conformance-secret' };
let api: ConformanceApi;

beforeAll(async () => {
  api = await startConformanceApi({
    config: {
      auth: {
        defaultMode: 'API_KEY',
        apiKeys: [API_KEY, { id: 'expired-key', expires: Math.floor(Date.now() / 1000) - 60 }],
        iam: { principals: [{ ...IAM, identity: { accountId: '123456789012', userArn: 'arn:aws:iam::123456789012:user/ci', username: 'AIDACI' } }] },
      },
    },
  });
});

afterAll(async () => {
  await api?.stop();
});

/** POSTs a GraphQL request signed like an AWS SDK or aws-amplify would sign it. */
async function iamRequest(query: string, credentials = IAM): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(api.graphqlUrl);
  const body = JSON.stringify({ query, variables: {} });
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'appsync', sha256: NodeSha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: {},
    headers: { host: url.host, 'content-type': 'application/json; charset=UTF-8', accept: '*/*' },
    body,
  });
  const response = await fetch(url, { method: 'POST', headers: signed.headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const unauthorized = (field: string, type: string, path: (string | number)[], column: number) => ({
  path,
  data: null,
  errorType: 'Unauthorized',
  errorInfo: null,
  locations: [{ line: 1, column, sourceName: null }],
  message: `Not Authorized to access ${field} on type ${type}`,
});

describe('request-level failures', () => {
  it.each([
    ['an expired API key', { 'x-api-key': 'expired-key' }, 'You are not authorized to make this call.'],
    ['an unknown API key', { 'x-api-key': 'nope' }, 'You are not authorized to make this call.'],
    ['no credentials at all', {}, 'Valid authorization header not provided.'],
  ])('answers %s with HTTP 401 UnauthorizedException', async (_label, headers, message) => {
    // Act
    const { status, body } = await api.graphql('{ whoami }', {}, headers);
    // Assess
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message }] });
  });

  it('answers a SigV4 request signed with the wrong secret with HTTP 403 InvalidSignatureException', async () => {
    // Act
    const { status, body } = await iamRequest('{ whoami }', { ...IAM, secretAccessKey: 'wrong' });
    // Assess
    expect(status).toBe(403);
    expect(body).toEqual({ errors: [{ errorType: 'InvalidSignatureException', message: expect.stringMatching(/^The request signature we calculated does not match/) }] });
  });
});

describe('ctx.identity and util.authType()', () => {
  it('is null for an API key caller', async () => {
    // Act
    const { body } = await api.graphql('{ whoami }');
    // Assess
    expect(JSON.parse(body.data!.whoami as string)).toEqual({ identity: null, authType: 'API Key Authorization' });
  });

  it('carries the IAM identity of the verified signer', async () => {
    // Act
    const { status, body } = await iamRequest('{ whoami }');
    // Assess
    expect(status).toBe(200);
    expect(JSON.parse((body.data as Record<string, string>).whoami)).toEqual({
      identity: {
        accountId: '123456789012',
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        sourceIp: ['127.0.0.1'],
        username: 'AIDACI',
        userArn: 'arn:aws:iam::123456789012:user/ci',
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      },
      authType: 'IAM Authorization',
    });
  });
});

describe('directives with IAM (override, not merge)', () => {
  it('lets an IAM caller read the @aws_iam type but not its @aws_api_key field; siblings still resolve', async () => {
    // Act
    const { body } = await iamRequest('{ vault { secret keyOnly } }');
    // Assess
    expect(body).toEqual({ data: { vault: { secret: 's3cr3t', keyOnly: null } }, errors: [unauthorized('keyOnly', 'Vault', ['vault', 'keyOnly'], 18)] });
  });

  it('refuses an API key caller the @aws_iam root field', async () => {
    // Act
    const { body } = await api.graphql('{ vault { secret keyOnly } }');
    // Assess
    expect(body).toEqual({ data: { vault: null }, errors: [unauthorized('vault', 'Query', ['vault'], 3)] });
  });

  it('refuses an IAM caller a field without directives (default mode only)', async () => {
    // Act
    const { body } = await iamRequest('{ cards(ids: []) { id } }');
    // Assess
    expect(body).toEqual({ data: { cards: null }, errors: [unauthorized('cards', 'Query', ['cards'], 3)] });
  });
});
