// Tests for transactional mail through the mailer handler, read back from the real SES stand-in.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCognitoLocal, type CognitoLocal } from '../../local/src/services/cognito-local';
import { ensureUser } from '../../local/src/services/cognito-provision';
import { freePort } from '../../local/src/services/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMailbox } from '../../local/src/services/ses-local';
import { createDocumentClient } from '../lib/document-client';
import { startLocalAws, TEST_TABLE, type LocalAws } from '../test-support/local-aws';
import { publishedEvent } from '../test-support/seed';

let aws: LocalAws;
let cognito: CognitoLocal;
let cognitoDir: string;
let handler: typeof import('./handler').handler;
const USER_POOL_ID = 'us-east-1_MailerTest';

beforeAll(async () => {
  cognitoDir = await mkdtemp(join(tmpdir(), 'mailer-cognito-'));
  [aws, cognito] = await Promise.all([
    startLocalAws({ ses: true, dynamodb: true }),
    startCognitoLocal({ port: await freePort(), dataDir: cognitoDir, userPoolId: USER_POOL_ID, region: 'us-east-1' }),
  ]);
  Object.assign(process.env, aws.env, {
    SENDER: 'Herald <no-reply@herald.test>',
    PUBLIC_BASE_URL: 'https://herald.test',
    MAX_SEND_RATE: '100',
    USER_POOL_ID,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognito.endpoint,
  });
  ({ handler } = await import('./handler'));
});
afterAll(async () => {
  await Promise.all([aws?.stop(), cognito?.stop()]);
  await rm(cognitoDir, { recursive: true, force: true });
});

/** A user-pool user with that address; registrations refer to users by their sub. */
async function userWithEmail(username: string, email: string): Promise<string> {
  return (await ensureUser(cognito.endpoint, USER_POOL_ID, { username, password: 'Passw0rd!u', email, groups: [] })).sub;
}

async function mailTo(address: string, subject: string) {
  const mails = (await readMailbox(aws.storeUrl as string)).filter((m) => m.to.includes(address) && m.subject === subject);
  expect(mails).toHaveLength(1);
  return mails[0];
}

const icsOf = (mail: Awaited<ReturnType<typeof mailTo>>) =>
  Buffer.from(mail.attachments.find((a) => a.filename === 'invite.ics')?.contentBase64 ?? '', 'base64')
    .toString()
    .replace(/\r\n /g, '');

describe('mailer', () => {
  it('sends the double opt-in confirmation link', async () => {
    // Act
    const result = await handler({ kind: 'subscription-confirmation', to: 'New@Example.test', token: 'confirm_token_123', topics: ['jazz'] });

    // Assess
    expect(result).toMatchObject({ results: [{ to: 'new@example.test', status: 'sent' }] });
    const mail = await mailTo('new@example.test', 'Confirm your Herald announcements');
    expect(mail.text).toContain('https://herald.test/subscriptions/confirm?token=confirm_token_123');
    expect(mail.text).toContain('about jazz');
  });

  it.each([
    ['registration-confirmed', "You're registered: ", 'REQUEST', 'CONFIRMED'],
    ['waitlist-promoted', 'A seat opened up: ', 'REQUEST', 'CONFIRMED'],
    ['registration-cancelled', 'Registration cancelled: ', 'CANCEL', 'CANCELLED'],
    ['event-cancelled', 'Cancelled: ', 'CANCEL', 'CANCELLED'],
  ])('%s carries an .ics with METHOD:%s', async (kind, subjectPrefix, method, status) => {
    // Prepare
    const event = publishedEvent(`ev-${kind}`, { version: 5, cancellationReason: 'Storm warning' });
    const to = `${kind}@example.test`;

    // Act
    await handler({ kind, to, event });

    // Assess
    const mail = await mailTo(to, `${subjectPrefix}${event.title}`);
    const ics = icsOf(mail);
    expect(ics).toContain(`METHOD:${method}\r\n`);
    expect(ics).toContain(`UID:${event.id}@herald.test\r\n`);
    expect(ics).toContain('SEQUENCE:5\r\n');
    expect(ics).toContain(`STATUS:${status}\r\n`);
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261205T190000\r\n');
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(mail.text).toContain('Saturday, 5 December 2026, 19:00 GMT+1 (Europe/Berlin)');
    if (kind === 'event-cancelled') expect(mail.text).toContain('Reason: Storm warning');
  });

  it('sends each of several recipients their own mail', async () => {
    // Prepare
    const event = publishedEvent('ev-many');
    const to = ['one@example.test', 'two@example.test'];

    // Act
    await handler({ kind: 'event-cancelled', to, event });

    // Assess
    for (const address of to) expect((await mailTo(address, `Cancelled: ${event.title}`)).to).toEqual([address]);
  });

  it('notifies every registrant holding a seat or waitlist place when `to` is left out of an event cancellation', async () => {
    // Prepare
    const event = publishedEvent('ev-fanout', { status: 'CANCELLED', cancellationReason: 'Venue flooded' });
    const registration = (sub: string, status: string) => ({
      PutRequest: { Item: { pk: `EVENT#${event.id}`, sk: `REG#${sub}`, eventId: event.id, userId: sub, status } },
    });
    const [seated, waiting, gone] = await Promise.all([
      userWithEmail('seat', 'seat@example.test'),
      userWithEmail('waiting', 'Waiting@Example.test'),
      userWithEmail('gone', 'gone@example.test'),
    ]);
    const db = createDocumentClient(aws.env);
    await db.send(
      new BatchWriteCommand({
        RequestItems: {
          [TEST_TABLE]: [
            registration(seated, 'CONFIRMED'),
            registration(waiting, 'WAITLISTED'),
            registration(gone, 'CANCELLED'),
            registration('deleted-user', 'CONFIRMED'),
          ],
        },
      }),
    );
    db.destroy();

    // Act
    const result = await handler({ kind: 'event-cancelled', event });

    // Assess
    expect(result).toMatchObject({ results: [{ status: 'sent' }, { status: 'sent' }] });
    const notified = (await readMailbox(aws.storeUrl as string)).filter((m) => m.subject === `Cancelled: ${event.title}`).flatMap((m) => m.to);
    expect(notified.sort()).toEqual(['seat@example.test', 'waiting@example.test']);
  });

  it.each([
    [{ kind: 'newsletter', to: 'a@x.test' }, 'kind'],
    [{ kind: 'registration-confirmed', to: 'not-an-address', event: publishedEvent('e') }, 'to'],
    [{ kind: 'registration-confirmed', to: 'a@x.test' }, 'event'],
    [{ kind: 'registration-confirmed', to: 'a@x.test', event: publishedEvent('e', { timeZone: 'Mars/Base' }) }, 'time zone'],
  ])('refuses a bad payload as data (%j)', async (payload, fragment) => {
    // Act
    const result = await handler(payload);

    // Assess
    expect(result).toMatchObject({ refused: { errorType: 'ValidationError' } });
    expect('refused' in result && result.refused.message).toContain(fragment);
  });
});
