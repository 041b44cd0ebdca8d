// Hostile input against one running stack: oversized, deep and aliased documents, forged credentials,
// tampered page and mail tokens, presigned POST misuse. Each must get a clear AppSync-style error,
// write nothing, and leave the server answering.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf, type Caller } from '../harness/api-client';
import { repoRoot, startTestStack, type TestStack } from '../harness/local-stack';
import { tableClient } from '../harness/table';

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let table: ReturnType<typeof tableClient>;
let organizer: Caller & { kind: 'token' };
let draftId: string;
/** Every item of the table, as JSON, before a group of hostile calls. */
let before: string;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const create = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const eventInput = (overrides: Record<string, unknown> = {}) => ({ title: 'Hostile', startsAt: '2031-05-05T10:00:00Z', timeZone: 'UTC', onlineUrl: 'https://example.com/h', ...overrides });

async function post(body: string, headers: Record<string, string> = { 'x-api-key': stack.outputs.apiKey }): Promise<{ status: number; body: any }> {
  const response = await fetch(stack.outputs.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Items other than announcement progress, which the seeded events' announce Lambda may still write. */
async function snapshot(): Promise<string> {
  const items = await table.scan('sk <> :announcement', { ':announcement': 'ANNOUNCEMENT' });
  return JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
}

async function stillAnswers(): Promise<void> {
  const result = await api.call<{ getEvent: { id: string } }>(organizer, 'query ($id: ID!) { getEvent(id: $id) { id } }', { id: draftId });
  expect(dataOf(result).getEvent.id).toBe(draftId);
}

// --- JWTs: cognito-local signs with a published key, so tokens can be re-signed with its claims changed.
function decode(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header, claims] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  return { header, claims };
}

function resign(token: string, key: KeyObject, change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const { header, claims } = decode(token);
  const unsigned = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(change(claims))).toString('base64url')}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  table = tableClient(stack);
  organizer = await api.signIn('hostile-host', 'Passw0rd!h', ['organizers']);
  draftId = dataOf(await api.call<{ createEvent: { id: string } }>(organizer, create, { input: eventInput() })).createEvent.id;
}, 180_000);

afterAll(async () => {
  table?.destroy();
  await stack?.stop();
});

describe('documents beyond limits', () => {
  beforeAll(async () => {
    before = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toBe(before);
    await stillAnswers();
  });

  it('answers a body over 5 MB with HTTP 413 PayloadTooLarge', async () => {
    // Act
    const result = await post(JSON.stringify({ query: create, variables: { input: eventInput({ description: 'x'.repeat(6 * 1024 * 1024) }) } }));
    // Assess
    expect(result.status).toBe(413);
    expect(result.body.errors[0].errorType).toBe('PayloadTooLarge');
  });

  it.each([
    ['a 1 MB title', { title: 'x'.repeat(1024 * 1024) }],
    ['a 4 MB description', { description: 'd'.repeat(4 * 1024 * 1024) }],
    ['1,000 tags', { tags: Array.from({ length: 1_000 }, (_, index) => `t${index}`) }],
  ])('refuses %s with a ValidationError and writes nothing', async (_label, overrides) => {
    // Act
    const result = await api.call(organizer, create, { input: eventInput(overrides) });
    // Assess
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].errorType).toBe('ValidationError');
  });

  it('refuses 100,000 tags without writing, though only by the 1 s resolver timeout', async () => {
    // Act: the resolver walks every tag before it refuses the list (reported: a 1 s CPU cost per request).
    const result = await api.call(organizer, create, { input: eventInput({ tags: Array.from({ length: 100_000 }, (_, index) => `t${index}`) }) });
    // Assess
    expect(result.data).toBeNull();
    expect(['ValidationError', 'Code']).toContain(result.errors?.[0].errorType);
  });

  it('answers a batched (array) body with HTTP 400 MalformedHttpRequestException, as AppSync has no batching', async () => {
    // Act
    const result = await post(JSON.stringify([{ query: create, variables: { input: eventInput() } }, { query: '{ __typename }' }]));
    // Assess
    expect(result.status).toBe(400);
    expect(result.body.errors[0].errorType).toBe('MalformedHttpRequestException');
  });

  it('fails the aliases beyond the resolver limit with ResolverExecutionLimitReached', async () => {
    // Prepare: 600 aliased getEvent fields, one resolver each.
    const query = `query ($id: ID!) { ${Array.from({ length: 600 }, (_, index) => `e${index}: getEvent(id: $id) { id }`).join(' ')} }`;
    // Act
    const result = await api.call<Record<string, { id: string } | null>>(organizer, query, { id: draftId });
    // Assess
    const limited = (result.errors ?? []).filter((error) => error.errorType === 'ResolverExecutionLimitReached');
    expect(result.status).toBe(200);
    expect(result.data?.e0?.id).toBe(draftId);
    expect(limited.length).toBeGreaterThanOrEqual(100);
    expect(result.data?.e599).toBeNull();
  });

  it('answers 20,000 nested selections with a GraphQL error, not a crash', async () => {
    // Prepare: far deeper than any valid Herald document (its schema has no cycles).
    const depth = 20_000;
    const query = `query { getEvent(id: "x") ${'{ venue '.repeat(depth)}${'}'.repeat(depth)} }`;
    // Act
    const result = await post(JSON.stringify({ query }));
    // Assess
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ data: null, errors: [{ message: 'Syntax Error: Document is nested too deeply.' }] });
  });

  it('stops a mutation document of 5,000 aliased invalid createEvent fields at the first failure', async () => {
    // Prepare: within 5 MB, each alias a write.
    const query = `mutation { ${Array.from({ length: 5_000 }, (_, index) => `c${index}: createEvent(input: { title: "", startsAt: "2031-01-01T00:00:00Z", timeZone: "UTC", onlineUrl: "https://e.x" }) { id }`).join(' ')} }`;
    // Act
    const result = await api.call(organizer, query);
    // Assess: mutations run in order and createEvent is non-null, so the first error ends the request.
    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ path: ['c0'], errorType: 'ValidationError' })]);
  });
});

describe('forged credentials', () => {
  let cognitoKey: KeyObject;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  beforeAll(async () => {
    const { jwk } = JSON.parse(await readFile(join(repoRoot, 'node_modules/cognito-local/lib/keys/cognitoLocal.private.json'), 'utf8'));
    cognitoKey = createPrivateKey({ key: jwk, format: 'jwk' });
    before = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toBe(before);
    await stillAnswers();
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each<[string, () => Record<string, string>]>([
    ['a malformed JWT', () => ({ authorization: 'not-a-jwt' })],
    ['a JWT of three garbage parts', () => ({ authorization: 'eyJhbGciOiJub25lIn0.e30.' })],
    ['an alg=none JWT', () => ({ authorization: `${Buffer.from('{"alg":"none","kid":"CognitoLocal"}').toString('base64url')}.${Buffer.from(JSON.stringify(decode(organizer.token).claims)).toString('base64url')}.` })],
    ['an expired token (validly signed)', () => ({ authorization: resign(organizer.token, cognitoKey, (claims) => ({ ...claims, iat: now() - 7200, exp: now() - 3600 })) })],
    ['a token of another user pool (validly signed)', () => ({ authorization: resign(organizer.token, cognitoKey, (claims) => ({ ...claims, iss: String(claims.iss).replace(/[^/]+$/, 'us-east-1_OtherPool9') })) })],
    ['a token of another app client (validly signed)', () => ({ authorization: resign(organizer.token, cognitoKey, (claims) => ({ ...claims, client_id: 'someone-elses-client' })) })],
    ['a token signed with another key', () => ({ authorization: resign(organizer.token, otherKey, (claims) => claims) })],
    ['a token whose groups were edited after signing', () => {
      const [header, , signature] = organizer.token.split('.');
      const claims = { ...decode(organizer.token).claims, 'cognito:groups': ['admins'] };
      return { authorization: `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}` };
    }],
    ['a forged API key', () => ({ 'x-api-key': 'da2-aaaaaaaaaaaaaaaaaaaaaaaaaa' })],
    ['an API key with a stray suffix', () => ({ 'x-api-key': `${stack.outputs.apiKey}x` })],
  ])('answers a write with %s with HTTP 401 UnauthorizedException', async (_label, headers) => {
    // Act
    const result = await post(JSON.stringify({ query: create, variables: { input: eventInput({ title: 'Forged' }) } }), headers());
    // Assess
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: expect.any(String) }] });
  });

  it.each([
    ['a value that is no JWT', () => 'not-a-jwt'],
    ["the organizer's own token behind a Bearer prefix", () => `Bearer ${organizer.token}`],
  ])('answers %s with "Unable to parse JWT token.", as AppSync does', async (_label, authorization) => {
    // Act
    const result = await post(JSON.stringify({ query: create, variables: { input: eventInput({ title: 'Forged' }) } }), { authorization: authorization() });
    // Assess
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }] });
  });
});

describe('tampered tokens', () => {
  beforeAll(async () => {
    before = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toBe(before);
    await stillAnswers();
  });

  const listEvents = 'query ($next: String) { listEvents(limit: 1, nextToken: $next) { items { id } nextToken } }';
  const myEvents = 'query ($next: String) { myEvents(limit: 1, nextToken: $next) { items { id } nextToken } }';

  it.each([
    ['garbage', 'not a token'],
    ['valid base64 of the wrong shape', Buffer.from('v1|2031-13|x|').toString('base64')],
    ['a 100 KB token', 'A'.repeat(100_000)],
  ])('refuses a listEvents nextToken of %s with BadNextToken', async (_label, next) => {
    // Act
    const result = await api.call(api.apiKey, listEvents, { next });
    // Assess
    expect(result.data).toBeNull();
    expect(result.errors?.[0].errorType).toBe('BadNextToken');
  });

  it('refuses a myEvents nextToken with one character changed', async () => {
    // Prepare: a second draft so the first page has a real token.
    dataOf(await api.call(organizer, create, { input: eventInput({ title: 'Second' }) }));
    before = await snapshot();
    const { myEvents: page } = dataOf(await api.call<{ myEvents: { nextToken: string } }>(organizer, myEvents));
    const flipped = page.nextToken.slice(0, 10) + (page.nextToken[10] === 'A' ? 'B' : 'A') + page.nextToken.slice(11);
    // Act
    const result = await api.call(organizer, myEvents, { next: flipped });
    // Assess
    expect(page.nextToken).toEqual(expect.any(String));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ errorType: 'DynamoDB:DynamoDbException', message: expect.stringContaining('starting key is invalid') });
  });

  it.each([
    ['confirmSubscription', 'a made-up token', 'forged-token'],
    ['confirmSubscription', 'a 100 KB token', 'x'.repeat(100_000)],
    ['unsubscribe', 'a made-up token', '00000000-0000-4000-8000-000000000000'],
    ['unsubscribe', 'a key-injection attempt', 'x#SUBSCRIBER'],
  ])('refuses %s with %s as InvalidToken', async (field, _label, token) => {
    // Act
    const result = await api.call(api.apiKey, `mutation ($token: String!) { ${field}(token: $token) { email } }`, { token });
    // Assess
    expect(result.data).toBeNull();
    expect(result.errors?.[0].errorType).toBe('InvalidToken');
  });
});

describe('presigned POST misuse', () => {
  const grant = 'mutation ($id: ID!, $type: String!, $size: Int!) { createEventImageUpload(eventId: $id, contentType: $type, contentLength: $size) { url fields key } }';
  let granted: { url: string; fields: string; key: string };

  async function upload(fields: Record<string, string>, body: Buffer, url = granted.url): Promise<{ status: number; text: string }> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(body)]), 'cover');
    const response = await fetch(url, { method: 'POST', body: form });
    return { status: response.status, text: await response.text() };
  }

  async function objectStatus(key: string): Promise<number> {
    return (await fetch(`${stack.outputs.s3Endpoint}/${stack.outputs.bucket}/${key}`, { method: 'HEAD' })).status;
  }

  beforeAll(async () => {
    granted = dataOf(await api.call<{ createEventImageUpload: typeof granted }>(organizer, grant, { id: draftId, type: 'image/png', size: PNG.length })).createEventImageUpload;
  });

  it.each<[string, () => Record<string, string>, Buffer, number, string]>([
    ['another content type', () => ({ ...JSON.parse(granted.fields), 'Content-Type': 'text/html' }), PNG, 403, 'AccessDenied'],
    // The policy allows up to 10 MB whatever size was declared; setEventImage checks the declared size.
    ['a file over 10 MB', () => JSON.parse(granted.fields), Buffer.alloc(10 * 1024 * 1024 + 1), 400, 'EntityTooLarge'],
    ['a key under another event', () => ({ ...JSON.parse(granted.fields), key: 'events/someone-else/cover.png' }), PNG, 403, 'AccessDenied'],
    ['a tampered policy', () => ({ ...JSON.parse(granted.fields), Policy: Buffer.from('{"expiration":"2099-01-01T00:00:00Z","conditions":[]}').toString('base64') }), PNG, 403, 'SignatureDoesNotMatch'],
  ])('refuses an upload with %s', async (_label, fields, body, status, code) => {
    // Act
    const result = await upload(fields(), body);
    // Assess
    expect(result.status).toBe(status);
    expect(result.text).toContain(`<Code>${code}</Code>`);
    expect(await objectStatus(fields().key)).toBe(404);
  });

  it('refuses an expired policy, even one validly signed', async () => {
    // Prepare: s3rver's credentials are public, so a correctly signed policy that expired a minute ago can be made.
    const s3 = new S3Client({ region: 'us-east-1', endpoint: stack.outputs.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const key = `events/${draftId}/expired.png`;
    const expired = await createPresignedPost(s3, { Bucket: stack.outputs.bucket, Key: key, Expires: -60, Fields: { 'Content-Type': 'image/png' }, Conditions: [['content-length-range', 1, 1024]] });
    s3.destroy();
    // Act
    const result = await upload(expired.fields, PNG, expired.url);
    // Assess
    expect(result.status).toBe(403);
    expect(result.text).toContain('<Code>AccessDenied</Code>');
    expect(await objectStatus(key)).toBe(404);
  });

  it('still accepts the granted upload afterwards', async () => {
    // Act
    const result = await upload(JSON.parse(granted.fields), PNG);
    // Assess
    expect(result.status).toBeLessThan(300);
    expect(await objectStatus(granted.key)).toBe(200);
  });
});
