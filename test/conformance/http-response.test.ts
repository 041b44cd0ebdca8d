// The HTTP side of POST /graphql over a real socket: response headers added by resolvers with
// util.http.addResponseHeader(s) (appsync-spec.md §3.5: reserved names refused, last write wins, 4 KB per
// request) and the configurable request body limit (413 PayloadTooLarge).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

const MAX_REQUEST_BYTES = 64 * 1024;
let api: ConformanceApi;

beforeAll(async () => {
  api = await startConformanceApi({ config: { limits: { maxRequestBytes: MAX_REQUEST_BYTES } } });
});

afterAll(async () => {
  await api?.stop();
});

async function post(body: string): Promise<{ status: number; headers: Headers; body: { data?: unknown; errors?: Record<string, unknown>[] } }> {
  const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: Record<string, unknown>[] } };
}

/** A document adding each map of headers in its own root field (a0, a1 …), in order. */
function respondWith(...maps: Record<string, unknown>[]): string {
  const fields = maps.map((headers, index) => `a${index}: respondWith(headers: ${JSON.stringify(JSON.stringify(headers))})`);
  return JSON.stringify({ query: `query { ${fields.join(' ')} }` });
}

describe('util.http.addResponseHeader(s) on the HTTP response', () => {
  it('adds the headers a resolver set, values that are not strings as JSON', async () => {
    // Act
    const answer = await post(respondWith({ 'x-trace': 't1', 'x-count': 7, 'x-shape': { a: 1 } }));

    // Assess
    expect(answer.body).toEqual({ data: { a0: true } });
    expect([answer.headers.get('x-trace'), answer.headers.get('x-count'), answer.headers.get('x-shape')]).toEqual(['t1', '7', '{"a":1}']);
  });

  it('keeps the last definition of a name across fields', async () => {
    // Act
    const answer = await post(respondWith({ 'x-trace': 'first' }, { 'X-Trace': 'second' }));

    // Assess
    expect(answer.body).toEqual({ data: { a0: true, a1: true } });
    expect(answer.headers.get('x-trace')).toBe('second');
  });

  it.each([['x-amzn-requestid'], ['x-amz-date'], ['content-type'], ['authorization']])('refuses the reserved name %s with a Code error', async (name) => {
    // Act
    const answer = await post(respondWith({ [name]: 'mine' }));

    // Assess
    expect(answer.body).toEqual({
      data: { a0: null },
      errors: [expect.objectContaining({ path: ['a0'], errorType: 'Code', message: expect.stringContaining(`response header '${name}' is reserved and cannot be set`) })],
    });
    expect(answer.headers.get(name)).not.toBe('mine');
  });

  it('fails the field that takes the request past 4 KB of headers, keeping the earlier headers', async () => {
    // Act
    const answer = await post(respondWith({ 'x-a': 'a'.repeat(3000) }, { 'x-b': 'b'.repeat(3000) }));

    // Assess
    expect(answer.body).toEqual({
      data: { a0: true, a1: null },
      errors: [expect.objectContaining({ path: ['a1'], errorType: 'Code', message: 'Error: response headers exceed 4096 bytes' })],
    });
    expect([answer.headers.get('x-a')?.length, answer.headers.get('x-b')]).toEqual([3000, null]);
  });
});

describe('limits.maxRequestBytes', () => {
  it('serves a body at the limit', async () => {
    // Prepare: padded with spaces up to exactly the limit
    const query = '{ whoami }';
    const body = JSON.stringify({ query }).padEnd(MAX_REQUEST_BYTES, ' ');

    // Act
    const answer = await post(body);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ whoami: expect.any(String) });
  });

  it('answers one byte more with 413 PayloadTooLarge, naming the limit', async () => {
    // Prepare
    const body = JSON.stringify({ query: '{ whoami }' }).padEnd(MAX_REQUEST_BYTES + 1, ' ');

    // Act
    const answer = await post(body);

    // Assess
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ errors: [{ errorType: 'PayloadTooLarge', message: 'Request body exceeds 65,536 bytes.' }] });
  });
});
