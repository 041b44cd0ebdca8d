// Announcement sign-up end to end: double opt-in with single-use tokens, no duplicates, nothing
// revealed about known addresses, idempotent unsubscribe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, dataOf } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { tableClient } from '../harness/table';

const subscribe = 'mutation ($email: AWSEmail!, $topics: [String!]) { subscribeToAnnouncements(email: $email, topics: $topics) { accepted message } }';
const confirm = 'mutation ($token: String!) { confirmSubscription(token: $token) { email topics status } }';
const unsubscribe = 'mutation ($token: String!) { unsubscribe(token: $token) { email status } }';

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let table: ReturnType<typeof tableClient>;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  table = tableClient(stack);
});

afterAll(async () => {
  table?.destroy();
  await stack?.stop();
});

describe('double opt-in', () => {
  it('confirms once with a single-use token and unsubscribes idempotently', async () => {
    // Prepare
    const email = 'ada@example.com';
    const signup = dataOf(await api.call<{ subscribeToAnnouncements: any }>(api.apiKey, subscribe, { email: 'Ada@Example.com', topics: ['Music', 'tech'] }));
    const token = await table.latestToken(email, 'CONFIRM');
    // Act
    const confirmed = dataOf(await api.call<{ confirmSubscription: any }>(api.apiKey, confirm, { token })).confirmSubscription;
    const reused = await api.call(api.apiKey, confirm, { token });
    const unsubscribeToken = await table.latestToken(email, 'UNSUBSCRIBE');
    const out = dataOf(await api.call<{ unsubscribe: any }>(api.apiKey, unsubscribe, { token: unsubscribeToken })).unsubscribe;
    const outAgain = dataOf(await api.call<{ unsubscribe: any }>(api.apiKey, unsubscribe, { token: unsubscribeToken })).unsubscribe;
    // Assess
    expect(signup.subscribeToAnnouncements.accepted).toBe(true);
    expect(confirmed).toEqual({ email, topics: ['music', 'tech'], status: 'CONFIRMED' });
    expect(reused.errors?.[0].errorType).toBe('InvalidToken');
    expect(out).toEqual({ email, status: 'UNSUBSCRIBED' });
    expect(outAgain).toEqual(out);
  });

  it('answers the same for a new, a pending and a confirmed address, and never duplicates', async () => {
    // Prepare
    const email = 'grace@example.com';
    const first = await api.call(api.apiKey, subscribe, { email });
    await api.call(api.apiKey, confirm, { token: await table.latestToken(email, 'CONFIRM') });
    // Act
    const again = await api.call(api.apiKey, subscribe, { email });
    const subscribers = await table.scan('email = :email AND sk = :sk', { ':email': email, ':sk': 'SUBSCRIBER' });
    // Assess
    expect(again).toEqual(first);
    expect(subscribers.map((item) => item.status)).toEqual(['CONFIRMED']);
  });

  it.each([
    ['a wrong token', 'x'.repeat(64)],
    ['a too short token', 'abc'],
  ])('rejects %s and changes nothing', async (_label, token) => {
    // Act
    const result = await api.call(api.apiKey, confirm, { token });
    // Assess
    expect(result.errors?.[0].errorType).toBe('InvalidToken');
  });

  it('keeps tokens single-purpose: an unsubscribe token does not confirm', async () => {
    // Prepare
    const email = 'linus@example.com';
    await api.call(api.apiKey, subscribe, { email });
    await api.call(api.apiKey, confirm, { token: await table.latestToken(email, 'CONFIRM') });
    // Act
    const misuse = await api.call(api.apiKey, confirm, { token: await table.latestToken(email, 'UNSUBSCRIBE') });
    // Assess
    expect(misuse.errors?.[0].errorType).toBe('InvalidToken');
  });

  it('rejects malformed addresses before any resolver runs', async () => {
    // Act
    const result = await api.call(api.apiKey, subscribe, { email: 'not-an-email' });
    // Assess
    expect(result.errors?.[0].message).toMatch(/AWSEmail/);
  });
});
