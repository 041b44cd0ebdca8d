// SES feedback end to end on the local stack: mail to the mailbox simulator's bounce, suppressionlist and complaint
// addresses comes back as SES events through SNS to mail-feedback, which opts the address out of announcements.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAME } from '../../local/src/herald/herald-stack';
import { apiClient, dataOf, type Caller } from '../harness/api-client';
import { startTestStack, type TestStack } from '../harness/local-stack';
import { tableClient } from '../harness/table';

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

let stack: TestStack;
let api: ReturnType<typeof apiClient>;
let table: ReturnType<typeof tableClient>;
let organizer: Caller;

async function mailsTo(address: string, count: number): Promise<Mail[]> {
  const mine = async () => ((await (await fetch(stack.outputs.mailboxUrl!)).json()) as Mail[]).filter((mail) => mail.to.includes(address));
  await expect.poll(async () => (await mine()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return mine();
}

async function subscriber(email: string): Promise<Record<string, any> | undefined> {
  return (await table.scan('pk = :pk', { ':pk': `SUBSCRIBER#${email}` }))[0];
}

const tokenIn = (mail: Mail) => /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';

async function signUp(email: string): Promise<void> {
  dataOf(await api.call(api.apiKey, 'mutation ($e: AWSEmail!) { subscribeToAnnouncements(email: $e) { accepted } }', { e: email }));
}

/** A subscriber confirmed earlier, written as confirmSubscription writes it (its confirmation mail is long gone). */
async function seedConfirmed(email: string): Promise<void> {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamodbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
  const at = '2026-01-01T00:00:00.000Z';
  const token = `seeded${email.replace(/\W/g, '')}`;
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { pk: `SUBSCRIBER#${email}`, sk: 'SUBSCRIBER', email, topics: [], status: 'CONFIRMED', createdAt: at, confirmedAt: at, updatedAt: at, unsubscribeToken: token, gsi1pk: 'SUBS#CONFIRMED', gsi1sk: `${at}#${email}` },
          },
        },
        { Put: { TableName: TABLE_NAME, Item: { pk: `TOKEN#${token}`, sk: 'TOKEN', purpose: 'UNSUBSCRIBE', email, createdAt: at } } },
      ],
    }),
  );
  db.destroy();
}

async function publishAnnounced(title: string): Promise<{ total: number; sent: number }> {
  const input = { title, startsAt: '2031-09-01T18:00:00Z', timeZone: 'Europe/Berlin', venue: { name: 'Hall' } };
  const { createEvent } = dataOf(await api.call<{ createEvent: { id: string } }>(organizer, 'mutation ($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: input }));
  dataOf(await api.call(organizer, 'mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id }));
  const announcement = async () =>
    dataOf(await api.call<{ announcement: { status: string; total: number; sent: number } }>(organizer, 'query ($id: ID!) { announcement(eventId: $id) { status total sent } }', { id: createEvent.id }))
      .announcement;
  await expect.poll(async () => (await announcement()).status, { timeout: 20_000 }).toBe('COMPLETED');
  const { total, sent } = await announcement();
  return { total, sent };
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  table = tableClient(stack);
  organizer = await api.signIn('feedback-host', 'Passw0rd!f', ['organizers']);
}, 120_000);

afterAll(async () => {
  table?.destroy();
  await stack?.stop();
});

describe('mail feedback from the SES mailbox simulator', () => {
  it.each([['bounce+signup@simulator.amazonses.com'], ['suppressionlist+signup@simulator.amazonses.com']])(
    'a sign-up whose confirmation mail to %s bounces is opted out and can never confirm',
    async (address) => {
      // Prepare
      await signUp(address);
      const [confirmation] = await mailsTo(address, 1);

      // Act
      await expect.poll(async () => (await subscriber(address))?.status, { timeout: 15_000 }).toBe('UNSUBSCRIBED');
      const attempt = await api.call(api.apiKey, 'mutation ($t: String!) { confirmSubscription(token: $t) { status } }', { t: tokenIn(confirmation) });

      // Assess
      const item = await subscriber(address);
      expect(item).toMatchObject({ unsubscribeReason: 'HARD_BOUNCE', sesFeedbackId: expect.stringMatching(/-000000$/) });
      expect(item).not.toHaveProperty('gsi1pk');
      expect(tokenIn(confirmation)).not.toBe('');
      expect(attempt.errors?.[0]?.errorType).toBe('InvalidToken');
    },
  );

  it('a confirmed subscriber who complains about an announcement gets no further announcement', async () => {
    // Prepare
    await seedConfirmed('complaint+y@simulator.amazonses.com');
    await signUp('success+y@simulator.amazonses.com');
    const [confirmation] = await mailsTo('success+y@simulator.amazonses.com', 1);
    dataOf(await api.call(api.apiKey, 'mutation ($t: String!) { confirmSubscription(token: $t) { status } }', { t: tokenIn(confirmation) }));
    const first = await publishAnnounced('Feedback night 1');
    await expect.poll(async () => (await subscriber('complaint+y@simulator.amazonses.com'))?.status, { timeout: 15_000 }).toBe('UNSUBSCRIBED');

    // Act
    const second = await publishAnnounced('Feedback night 2');

    // Assess
    const announced = async (address: string) => (await mailsTo(address, 1)).filter((mail) => mail.subject.includes('Feedback night')).map((mail) => mail.subject);
    expect(first).toEqual({ total: 2, sent: 2 });
    expect(second).toEqual({ total: 1, sent: 1 });
    expect(await announced('complaint+y@simulator.amazonses.com')).toEqual([expect.stringContaining('Feedback night 1')]);
    expect((await announced('success+y@simulator.amazonses.com')).sort()).toEqual([expect.stringContaining('Feedback night 1'), expect.stringContaining('Feedback night 2')]);
    expect(await subscriber('complaint+y@simulator.amazonses.com')).toMatchObject({ unsubscribeReason: 'COMPLAINT' });
    expect(await subscriber('success+y@simulator.amazonses.com')).toMatchObject({ status: 'CONFIRMED' });
  });
});
