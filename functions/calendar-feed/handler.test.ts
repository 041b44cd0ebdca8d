// Tests for the calendar feed endpoint through its handler, against DynamoDB Local: the window of published events
// read from GSI1's month buckets, category and tag filters, ETag revalidation, HEAD, and refusals.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../lib/document-client';
import { startLocalAws, TEST_TABLE, type LocalAws } from '../test-support/local-aws';
import { publishedEvent } from '../test-support/seed';

let aws: LocalAws;
let db: ReturnType<typeof createDocumentClient>;
let handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

const DAY = 24 * 3600_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Stored as the resolvers store them: published events carry their GSI1 month-bucket keys, drafts none. */
async function seed(id: string, startsAt: string, overrides: Record<string, unknown> = {}) {
  const event = { ...publishedEvent(id, { startsAt, endsAt: null }), updatedAt: at(-200), ...overrides };
  const listing = event.status === 'PUBLISHED' ? { gsi1pk: `PUB#${startsAt.slice(0, 7)}`, gsi1sk: `${startsAt}#${id}` } : {};
  await db.send(new PutCommand({ TableName: TEST_TABLE, Item: { pk: `EVENT#${id}`, sk: 'EVENT', ...event, ...listing } }));
}

beforeAll(async () => {
  aws = await startLocalAws({ dynamodb: true });
  Object.assign(process.env, aws.env, { PUBLIC_BASE_URL: 'https://herald.test' });
  db = createDocumentClient(aws.env);
  await Promise.all([
    seed('long-past', at(-100)),
    seed('recent', at(-10)),
    seed('soon', at(20), { category: 'talks', tags: ['ai'] }),
    seed('next-year', at(400)),
    seed('far', at(23 * 30)),
    seed('too-far', at(26 * 31)),
    seed('draft', at(5), { status: 'DRAFT' }),
  ]);
  ({ handler } = await import('./handler'));
});
afterAll(async () => {
  db?.destroy();
  await aws?.stop();
});

function request(method: string, query = '', headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: query,
    headers,
    requestContext: { http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const uids = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));

describe('calendar-feed', () => {
  it('serves the published events of the last 90 days and the next 24 months, earliest first', async () => {
    // Act
    const res = await handler(request('GET'));

    // Assess
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=900' });
    expect(res.headers?.etag).toMatch(/^"[\w-]{27}"$/);
    expect(uids(res.body ?? '')).toEqual(['recent@herald.test', 'soon@herald.test', 'next-year@herald.test', 'far@herald.test']);
  });

  it('filters by category and tag, case-insensitively, and names the calendar after the filter', async () => {
    // Act
    const talks = await handler(request('GET', 'category=Talks'));
    const ai = await handler(request('GET', 'tag=AI'));
    const none = await handler(request('GET', 'category=talks&tag=jazz'));

    // Assess
    expect(uids(talks.body ?? '')).toEqual(['soon@herald.test']);
    expect(talks.body).toContain('X-WR-CALNAME:Herald events: talks\r\n');
    expect(uids(ai.body ?? '')).toEqual(['soon@herald.test']);
    expect(uids(none.body ?? '')).toEqual([]);
  });

  it('answers 304 to a matching If-None-Match, and HEAD with the headers only', async () => {
    // Arrange
    const first = await handler(request('GET'));
    const etag = String(first.headers?.etag);

    // Act
    const revalidated = await handler(request('GET', '', { 'if-none-match': `W/"other", ${etag}` }));
    const head = await handler(request('HEAD'));
    await seed('added', at(3));
    const afterChange = await handler(request('GET', '', { 'if-none-match': etag }));

    // Assess
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect(head).toMatchObject({ statusCode: 200, body: '', headers: { etag, 'content-type': 'text/calendar; charset=utf-8' } });
    expect(afterChange.statusCode).toBe(200);
    expect(afterChange.headers?.etag).not.toBe(etag);
    expect(uids(afterChange.body ?? '')).toContain('added@herald.test');
  });

  it('refuses other methods and out-of-range filters', async () => {
    // Act
    const post = await handler(request('POST'));
    const longCategory = await handler(request('GET', `category=${'x'.repeat(51)}`));
    const emptyTag = await handler(request('GET', 'tag=%20'));

    // Assess
    expect(post).toMatchObject({ statusCode: 405, headers: { allow: 'GET, HEAD' } });
    expect(longCategory).toMatchObject({ statusCode: 400, body: 'category: must be 1 to 50 characters\n' });
    expect(emptyTag).toMatchObject({ statusCode: 400, body: 'tag: must be 1 to 30 characters\n' });
  });
});
