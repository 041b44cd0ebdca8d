// Tests for the announcer's signed calls: the progress mutation and the asynchronous self-invoke, against a
// loopback server that checks the SigV4 signature by recomputing it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/src/services/ports';
import { RemoteCallError } from '../lib/errors';
import { createSignedFetch, NodeSha256 } from '../lib/signed-fetch';
import { createAsyncInvoker, createProgressReporter } from './remote-calls';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-test' };
type Seen = { method?: string; url?: string; headers: IncomingMessage['headers']; body: string };

let server: Server;
let base: string;
let reply: { status: number; body: string } = { status: 200, body: '{}' };
const seen: Seen[] = [];

beforeAll(async () => {
  const port = await freePort();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Re-signs what the server received with the same date; equal signatures mean a verifier would accept it. */
async function signatureHolds(request: Seen, service: string): Promise<boolean> {
  const amzDate = String(request.headers['x-amz-date']);
  const signingDate = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  const url = new URL(request.url ?? '/', base);
  const signer = new SignatureV4({ service, region: 'us-east-1', credentials, sha256: NodeSha256 });
  const again = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([k]) => ['host', 'content-type', 'x-amz-invocation-type'].includes(k)).map(([k, v]) => [k, String(v)])),
      body: request.body,
    },
    { signingDate },
  );
  return again.headers.authorization === request.headers.authorization;
}

describe('createProgressReporter', () => {
  it('posts the IAM-signed reportAnnouncementProgress mutation', async () => {
    // Prepare
    reply = { status: 200, body: JSON.stringify({ data: { reportAnnouncementProgress: { eventId: 'e1' } } }) };
    const report = createProgressReporter(createSignedFetch({ region: 'us-east-1', credentials: async () => credentials }), `${base}/graphql`);
    const progress = { eventId: 'e1', status: 'SENDING' as const, total: 10, sent: 4, failed: 1 };

    // Act
    await report(progress);

    // Assess
    const request = seen.at(-1) as Seen;
    expect([request.method, request.url]).toEqual(['POST', '/graphql']);
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/appsync\/aws4_request, SignedHeaders=\S*host\S*, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(request.body)).toMatchObject({ operationName: 'ReportAnnouncementProgress', variables: { input: progress } });
    expect(await signatureHolds(request, 'appsync')).toBe(true);
  });

  it('fails with RemoteCallError when the API answers with GraphQL errors', async () => {
    // Prepare
    reply = { status: 200, body: JSON.stringify({ data: null, errors: [{ errorType: 'Unauthorized', message: 'Not Authorized' }] }) };
    const report = createProgressReporter(createSignedFetch({ region: 'us-east-1', credentials: async () => credentials }), `${base}/graphql`);

    // Act
    const reporting = report({ eventId: 'e1', status: 'SENDING', total: 1, sent: 0, failed: 0 });

    // Assess
    await expect(reporting).rejects.toThrow(RemoteCallError);
    await expect(reporting).rejects.toThrow('Unauthorized: Not Authorized');
  });
});

describe('createAsyncInvoker', () => {
  it.each([
    [202, true],
    [500, false],
  ])('invokes the function with InvocationType Event (answer %i → ok %s)', async (status, ok) => {
    // Prepare
    reply = { status, body: '' };
    const invoke = createAsyncInvoker(createSignedFetch({ region: 'us-east-1', credentials: async () => credentials }), base);

    // Act
    const outcome = await invoke('announce', { eventId: 'e1', cursor: 'abc' }).then(
      () => true,
      (error: unknown) => error instanceof RemoteCallError && false,
    );

    // Assess
    const request = seen.at(-1) as Seen;
    expect(outcome).toBe(ok);
    expect(request.url).toBe('/2015-03-31/functions/announce/invocations');
    expect(request.headers['x-amz-invocation-type']).toBe('Event');
    expect(JSON.parse(request.body)).toEqual({ eventId: 'e1', cursor: 'abc' });
    expect(await signatureHolds(request, 'lambda')).toBe(true);
  });
});
