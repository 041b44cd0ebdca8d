// Tests for the one-click unsubscribe endpoint through its handler, against DynamoDB Local: GET only confirms,
// POST (RFC 8058) opts out and takes the address out of GSI1, repeats and unknown tokens answer 200.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../lib/document-client';
import { startLocalAws, TEST_TABLE, type LocalAws } from '../test-support/local-aws';
import { seedSubscribers, type SeededSubscriber } from '../test-support/seed';

let aws: LocalAws;
let db: ReturnType<typeof createDocumentClient>;
let handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
const ada: SeededSubscriber = { email: 'ada@example.test', token: 'tok_ada_1234567', status: 'CONFIRMED', topics: [], inIndex: true };

beforeAll(async () => {
  aws = await startLocalAws({ dynamodb: true });
  Object.assign(process.env, aws.env);
  db = createDocumentClient(aws.env);
  await seedSubscribers(db, TEST_TABLE, [ada]);
  ({ handler } = await import('./handler'));
});
afterAll(async () => {
  db?.destroy();
  await aws?.stop();
});

function request(method: string, query: string, body?: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: query,
    queryStringParameters: Object.fromEntries(new URLSearchParams(query)),
    headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    requestContext: { http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
    body,
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

async function subscriber() {
  return (await db.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: `SUBSCRIBER#${ada.email}`, sk: 'SUBSCRIBER' }, ConsistentRead: true }))).Item;
}

describe('unsubscribe-endpoint', () => {
  it('GET shows a confirmation form and changes nothing', async () => {
    // Act
    const res = await handler(request('GET', `token=${ada.token}`));

    // Assess
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'referrer-policy': 'no-referrer' });
    expect(res.body).toContain('<form method="post"');
    expect(res.body).toContain('ada@example.test');
    expect((await subscriber())?.status).toBe('CONFIRMED');
  });

  it('POST with the RFC 8058 one-click body unsubscribes, and a repeat still answers 200', async () => {
    // Act
    const first = await handler(request('POST', `token=${ada.token}`, 'List-Unsubscribe=One-Click'));
    const item = await subscriber();
    const again = await handler(request('POST', `token=${ada.token}`, 'List-Unsubscribe=One-Click'));

    // Assess
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('You are unsubscribed');
    expect(item).toMatchObject({ status: 'UNSUBSCRIBED' });
    expect(item?.gsi1pk).toBeUndefined();
    expect(item?.gsi1sk).toBeUndefined();
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('You are unsubscribed');
  });

  it.each([
    ['POST', 'token=unknown-token-000'],
    ['POST', 'token=<script>'],
    ['GET', ''],
  ])('%s ?%s answers 200 without revealing anything', async (method, query) => {
    // Act
    const res = await handler(request(method, query, method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined));

    // Assess
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('not valid');
  });

  it('refuses other methods with 405', async () => {
    // Act
    const res = await handler(request('DELETE', `token=${ada.token}`));

    // Assess
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, POST');
  });
});
