// Hostile SigV4 requests against one running stack: replayed, re-targeted, re-scoped, stripped or foreign
// signatures on the IAM-only reportAnnouncementProgress mutation. Each must get HTTP 403 with AWS's IAM
// error body, write nothing, and leave the server answering; the genuine signature still writes.
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeSha256 } from '../../local/src/auth/node-sha256';
import { FUNCTION_PRINCIPAL } from '../../local/src/herald/functions';
import { TABLE_NAME } from '../../local/src/herald/herald-stack';
import { createLocalDynamoDbClient } from '../../local/src/services/dynamodb-client';
import { startTestStack, type TestStack } from '../harness/local-stack';

let stack: TestStack;
let engine: DynamoDBClient;

const EVENT_ID = 'hostile-iam-target';
const KEY = { pk: { S: `EVENT#${EVENT_ID}` }, sk: { S: 'ANNOUNCEMENT' } };
const STORED = {
  ...KEY,
  eventId: { S: EVENT_ID },
  status: { S: 'SENDING' },
  total: { N: '10' },
  sent: { N: '0' },
  failed: { N: '0' },
  createdAt: { S: '2031-01-01T00:00:00.000Z' },
  updatedAt: { S: '2031-01-01T00:00:00.000Z' },
};
const CREDENTIALS = { accessKeyId: FUNCTION_PRINCIPAL.accessKeyId, secretAccessKey: FUNCTION_PRINCIPAL.secretAccessKey };
const MINUTE = 60_000;

const progress = (sent: number) =>
  JSON.stringify({
    query: 'mutation ($input: AnnouncementProgressInput!) { reportAnnouncementProgress(input: $input) { eventId sent } }',
    variables: { input: { eventId: EVENT_ID, status: 'SENDING', total: 10, sent, failed: 0 } },
  });

interface Abuse {
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  service?: string;
  signedAt?: number;
  /** The body the signature covers, when it is not the body sent. */
  signedBody?: string;
  /** Whether the signer adds x-amz-content-sha256 (AWS SDKs do). */
  payloadHashHeader?: boolean;
  extraSignedHeaders?: Record<string, string>;
  unsignable?: string[];
  /** Changes the headers after signing, as a proxy or an attacker would. */
  tamper?: (headers: Record<string, string>) => void;
}

/** POSTs `body` signed the way an AWS SDK signs an AppSync request, then bent by `abuse`. */
async function signedPost(body: string, abuse: Abuse = {}): Promise<{ status: number; body: unknown }> {
  const url = new URL(stack.outputs.graphqlUrl);
  const signer = new SignatureV4({
    credentials: abuse.credentials ?? CREDENTIALS,
    region: abuse.region ?? 'us-east-1',
    service: abuse.service ?? 'appsync',
    sha256: NodeSha256,
    applyChecksum: abuse.payloadHashHeader ?? true,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host, 'content-type': 'application/json; charset=UTF-8', accept: '*/*', ...abuse.extraSignedHeaders },
      body: abuse.signedBody ?? body,
    },
    { signingDate: new Date(abuse.signedAt ?? Date.now()), unsignableHeaders: new Set(abuse.unsignable ?? []) },
  );
  const headers = { ...signed.headers };
  abuse.tamper?.(headers);
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

async function stored(): Promise<unknown> {
  return (await engine.send(new GetItemCommand({ TableName: TABLE_NAME, Key: KEY, ConsistentRead: true }))).Item;
}

beforeAll(async () => {
  stack = await startTestStack();
  engine = createLocalDynamoDbClient(stack.dynamodbEndpoint);
  // An announcement in progress that no Lambda of the stack works on, so any change to it came from a test.
  await engine.send(new PutItemCommand({ TableName: TABLE_NAME, Item: STORED }));
}, 180_000);

afterAll(async () => {
  engine?.destroy();
  await stack?.stop();
});

describe('IAM-signed abuse', () => {
  const expired = expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
  const notYetCurrent = expect.stringMatching(/^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 15 min\.\)$/);
  const mismatch = expect.stringMatching(/^The request signature we calculated does not match the signature you provided\. /);
  const invalidToken = 'The security token included in the request is invalid.';

  it.each<[string, Abuse, string, unknown]>([
    ['a signature replayed 16 minutes after it was made', { signedAt: Date.now() - 16 * MINUTE }, 'InvalidSignatureException', expired],
    ['a signature dated 16 minutes ahead', { signedAt: Date.now() + 16 * MINUTE }, 'InvalidSignatureException', notYetCurrent],
    ['a signature over another body, its payload hash header kept', { signedBody: progress(1) }, 'InvalidSignatureException', "The provided 'x-amz-content-sha256' header does not match what was computed."],
    ['a signature over another body, without a payload hash header', { signedBody: progress(1), payloadHashHeader: false }, 'InvalidSignatureException', mismatch],
    ['a credential scoped to another region', { region: 'eu-west-1' }, 'InvalidSignatureException', "Credential should be scoped to a valid region, not 'eu-west-1'. "],
    ['a credential scoped to another service', { service: 'execute-api' }, 'InvalidSignatureException', "Credential should be scoped to correct service: 'appsync'. "],
    ['an unknown access key', { credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'whatever' } }, 'UnrecognizedClientException', invalidToken],
    ['a session token the credentials were not issued with', { credentials: { ...CREDENTIALS, sessionToken: 'stolen-session-token' } }, 'UnrecognizedClientException', invalidToken],
    ['host left out of the signed headers', { unsignable: ['host'] }, 'InvalidSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."],
    [
      'a signed header dropped in transit',
      { extraSignedHeaders: { 'x-herald-trace': 'abc' }, tamper: (headers) => delete headers['x-herald-trace'] },
      'IncompleteSignatureException',
      "'x-herald-trace' is named as a SignedHeader, but it does not exist in the HTTP request.",
    ],
    [
      'an Authorization header stripped of its SignedHeaders',
      { tamper: (headers) => (headers.authorization = headers.authorization.replace(/SignedHeaders=[^,]+, /, '')) },
      'IncompleteSignatureException',
      // [O] AWS names each missing part in its own sentence, then echoes the header (amplify-js#7906).
      expect.stringMatching(/^Authorization header requires 'SignedHeaders' parameter\. Authorization=AWS4-HMAC-SHA256 Credential=/),
    ],
  ])('answers %s with HTTP 403 and AWS\'s IAM error, writing nothing', async (_label, abuse, errorType, message) => {
    // Act
    const result = await signedPost(progress(5), abuse);

    // Assess
    expect(result.status).toBe(403);
    expect(result.body).toEqual({ errors: [{ errorType, message }] });
    expect(await stored()).toEqual(STORED);
  });

  it('still accepts the genuine signature, which writes', async () => {
    // Act
    const result = await signedPost(progress(5));

    // Assess
    expect(result).toEqual({ status: 200, body: { data: { reportAnnouncementProgress: { eventId: EVENT_ID, sent: 5 } } } });
    expect(await stored()).toMatchObject({ sent: { N: '5' } });
  });
});
