// Tests for the mail-feedback handler against DynamoDB Local: SNS-delivered SES events opt subscribers out of
// announcements (out of the GSI1 page announce reads), once, and never someone who subscribed after the mail.
import type { SNSEvent } from 'aws-lambda';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSubscriberPage } from '../announce/recipients';
import { createDocumentClient } from '../lib/document-client';
import { silentLog } from '../lib/log';
import { startLocalAws, TEST_TABLE, type LocalAws } from '../test-support/local-aws';
import { seedSubscribers } from '../test-support/seed';
import { createMailFeedbackHandler } from './apply-feedback';

let aws: LocalAws;
let db: ReturnType<typeof createDocumentClient>;
let feedback: ReturnType<typeof createMailFeedbackHandler>;
const NOW = new Date('2026-03-03T12:00:00.000Z');
const SENT = '2026-03-01T09:00:00.000Z';

beforeAll(async () => {
  aws = await startLocalAws({ dynamodb: true });
  db = createDocumentClient(aws.env);
  feedback = createMailFeedbackHandler({ db, table: () => TEST_TABLE, now: () => NOW, log: silentLog });
});
afterAll(async () => {
  db?.destroy();
  await aws?.stop();
});

const confirmed = (email: string) => ({ email, token: `tok_${email.replace(/\W/g, '')}_0000`, status: 'CONFIRMED' as const, topics: [], inIndex: true });

function snsEvent(...messages: { id: string; body: unknown }[]): SNSEvent {
  return {
    Records: messages.map(({ id, body }) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:feedback:sub',
      Sns: {
        Type: 'Notification',
        MessageId: id,
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:feedback',
        Subject: '',
        Message: typeof body === 'string' ? body : JSON.stringify(body),
        Timestamp: '2026-03-01T09:00:07.000Z',
        SignatureVersion: '1',
        Signature: 'sig',
        SigningCertUrl: 'https://sns.example/cert.pem',
        UnsubscribeUrl: 'https://sns.example/unsubscribe',
        MessageAttributes: {},
      },
    })),
  } as SNSEvent;
}

const hardBounce = (...emails: string[]) => ({
  eventType: 'Bounce',
  mail: { timestamp: SENT, messageId: 'm-1' },
  bounce: { bounceType: 'Permanent', bounceSubType: 'General', feedbackId: 'fb-bounce', bouncedRecipients: emails.map((emailAddress) => ({ emailAddress })) },
});
const abuse = (email: string) => ({
  eventType: 'Complaint',
  mail: { timestamp: SENT, messageId: 'm-2' },
  complaint: { feedbackId: 'fb-abuse', complaintFeedbackType: 'abuse', complainedRecipients: [{ emailAddress: email }] },
});

async function subscriber(email: string) {
  return (await db.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: `SUBSCRIBER#${email}`, sk: 'SUBSCRIBER' }, ConsistentRead: true }))).Item;
}

async function announcedTo(): Promise<string[]> {
  const emails: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await readSubscriberPage(db, TEST_TABLE, cursor, 100);
    emails.push(...page.subscribers.map((s) => s.email));
    cursor = page.next;
  } while (cursor);
  return emails;
}

describe('mail-feedback', () => {
  it('opts a hard-bounced address out of announcements, with the reason, and a redelivery changes nothing', async () => {
    // Prepare
    await seedSubscribers(db, TEST_TABLE, [confirmed('gone@example.test'), confirmed('stays@example.test')]);
    const event = snsEvent({ id: 'sns-1', body: hardBounce('Gone@Example.test') });

    // Act
    const first = await feedback(event);
    const item = await subscriber('gone@example.test');
    const again = await feedback(event);

    // Assess
    expect(first).toEqual({ suppressed: 1, unchanged: 0, ignored: 0 });
    expect(item).toMatchObject({ status: 'UNSUBSCRIBED', unsubscribeReason: 'HARD_BOUNCE', sesFeedbackId: 'fb-bounce', unsubscribedAt: NOW.toISOString() });
    expect(item).not.toHaveProperty('gsi1pk');
    expect(item).not.toHaveProperty('gsi1sk');
    expect(again).toEqual({ suppressed: 0, unchanged: 1, ignored: 0 });
    expect(await subscriber('gone@example.test')).toEqual(item);
    const recipients = await announcedTo();
    expect(recipients).toContain('stays@example.test');
    expect(recipients).not.toContain('gone@example.test');
  });

  it('opts out on a complaint, but not someone who subscribed again after the mail was sent', async () => {
    // Prepare
    await seedSubscribers(db, TEST_TABLE, [confirmed('annoyed@example.test')]);
    const later = '2026-03-02T08:00:00.000Z';
    await db.send(
      new PutCommand({
        TableName: TEST_TABLE,
        Item: { pk: 'SUBSCRIBER#back@example.test', sk: 'SUBSCRIBER', email: 'back@example.test', topics: [], status: 'CONFIRMED', confirmedAt: later, updatedAt: later, gsi1pk: 'SUBS#CONFIRMED', gsi1sk: `${later}#back@example.test` },
      }),
    );

    // Act
    const summary = await feedback(snsEvent({ id: 'sns-2', body: abuse('annoyed@example.test') }, { id: 'sns-3', body: abuse('back@example.test') }));

    // Assess
    expect(summary).toEqual({ suppressed: 1, unchanged: 1, ignored: 0 });
    expect(await subscriber('annoyed@example.test')).toMatchObject({ status: 'UNSUBSCRIBED', unsubscribeReason: 'COMPLAINT' });
    expect(await subscriber('back@example.test')).toMatchObject({ status: 'CONFIRMED', gsi1pk: 'SUBS#CONFIRMED' });
  });

  it.each([
    ['a transient bounce', { ...hardBounce('soft@example.test'), bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull', bouncedRecipients: [{ emailAddress: 'soft@example.test' }] } }],
    ['not-spam feedback', { ...abuse('soft@example.test'), complaint: { complaintFeedbackType: 'not-spam', complainedRecipients: [{ emailAddress: 'soft@example.test' }] } }],
    ['a record that is not SES JSON', 'not json'],
  ])('keeps the subscriber on %s', async (_case, body) => {
    // Prepare
    await seedSubscribers(db, TEST_TABLE, [confirmed('soft@example.test')]);

    // Act
    const summary = await feedback(snsEvent({ id: 'sns-4', body }));

    // Assess
    expect(summary).toEqual({ suppressed: 0, unchanged: 0, ignored: 1 });
    expect(await subscriber('soft@example.test')).toMatchObject({ status: 'CONFIRMED', gsi1pk: 'SUBS#CONFIRMED' });
  });

  it('creates nothing for an address that never subscribed (transactional mail bounces too)', async () => {
    // Act
    const summary = await feedback(snsEvent({ id: 'sns-5', body: hardBounce('stranger@example.test') }));

    // Assess
    expect(summary).toEqual({ suppressed: 0, unchanged: 1, ignored: 0 });
    expect(await subscriber('stranger@example.test')).toBeUndefined();
  });

  it('throws when the table cannot be written, so Lambda retries the event', async () => {
    // Prepare
    const broken = createMailFeedbackHandler({ db, table: () => 'no-such-table', now: () => NOW, log: silentLog });

    // Act
    const attempt = broken(snsEvent({ id: 'sns-6', body: hardBounce('gone@example.test') }));

    // Assess
    await expect(attempt).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('is wired as the deployed handler, reading TABLE_NAME', async () => {
    // Prepare
    await seedSubscribers(db, TEST_TABLE, [confirmed('wired@example.test')]);
    Object.assign(process.env, aws.env);
    const { handler } = await import('./handler');

    // Act
    const summary = await handler(snsEvent({ id: 'sns-7', body: hardBounce('wired@example.test') }));

    // Assess
    expect(summary).toEqual({ suppressed: 1, unchanged: 0, ignored: 0 });
    expect(await subscriber('wired@example.test')).toMatchObject({ status: 'UNSUBSCRIBED' });
  });
});
