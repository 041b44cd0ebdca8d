// Tests for the SES event-publishing records of one mail: the documented JSON shape, and which events each
// mailbox simulator address (or any other address) produces.
import { describe, expect, it } from 'vitest';
import { sesEventRecords, type SesEventRecord } from './ses-event-records';
import type { SentMail } from './ses-local-sent-mail';

const SENT = '2026-03-01T09:00:00.125Z';
const AT = new Date('2026-03-01T09:00:01.000Z');
const FEEDBACK_ID = /^[0-9a-f]{16}-[0-9a-f-]{36}-000000$/;

const sent = (destination: string[], over: Partial<SentMail> = {}): SentMail => ({
  messageId: 'ses-123456789',
  timestamp: SENT,
  source: 'Herald <announcements@herald.local>',
  destination,
  headers: [
    { name: 'From', value: 'Herald <announcements@herald.local>' },
    { name: 'To', value: destination.join(', ') },
    { name: 'Subject', value: 'Confirm your subscription' },
    { name: 'MIME-Version', value: '1.0' },
  ],
  configurationSet: 'herald-local',
  tags: { kind: 'confirmation' },
  caller: 'AKIALOCAL',
  region: 'us-east-1',
  sourceIp: '127.0.0.1',
  ...over,
});

const ofType = <T extends SesEventRecord['eventType']>(records: SesEventRecord[], type: T) =>
  records.filter((record): record is Extract<SesEventRecord, { eventType: T }> => record.eventType === type);

describe('sesEventRecords', () => {
  it('publishes a labelled bounce@ address as a permanent bounce, in the shape SES publishes to SNS', () => {
    // Prepare
    const mail = sent(['bounce+x@simulator.amazonses.com']);

    // Act
    const [bounce] = ofType(sesEventRecords(mail, { at: AT }), 'Bounce');

    // Assess
    expect(bounce).toEqual({
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [{ emailAddress: 'bounce+x@simulator.amazonses.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
        timestamp: AT.toISOString(),
        feedbackId: expect.stringMatching(FEEDBACK_ID),
        reportingMTA: 'dsn; a0-0.smtp-out.us-east-1.amazonses.com',
      },
      mail: {
        timestamp: SENT,
        source: 'Herald <announcements@herald.local>',
        sourceArn: 'arn:aws:ses:us-east-1:000000000000:identity/herald.local',
        sendingAccountId: '000000000000',
        messageId: 'ses-123456789',
        destination: ['bounce+x@simulator.amazonses.com'],
        headersTruncated: false,
        headers: mail.headers,
        commonHeaders: {
          from: ['Herald <announcements@herald.local>'],
          to: ['bounce+x@simulator.amazonses.com'],
          messageId: 'ses-123456789',
          subject: 'Confirm your subscription',
        },
        tags: {
          'ses:configuration-set': ['herald-local'],
          'ses:source-ip': ['127.0.0.1'],
          'ses:from-domain': ['herald.local'],
          'ses:caller-identity': ['AKIALOCAL'],
          kind: ['confirmation'],
        },
      },
    });
  });

  it('publishes complaint@ as delivered, then an abuse complaint from the simulator', () => {
    // Act
    const records = sesEventRecords(sent(['complaint+y@simulator.amazonses.com']), { at: AT });

    // Assess
    expect(ofType(records, 'Delivery')[0].delivery).toEqual({
      timestamp: AT.toISOString(),
      processingTimeMillis: 875,
      recipients: ['complaint+y@simulator.amazonses.com'],
      smtpResponse: '250 2.6.0 Message received',
      reportingMTA: 'a0-0.smtp-out.us-east-1.amazonses.com',
    });
    expect(ofType(records, 'Complaint')[0].complaint).toEqual({
      feedbackId: expect.stringMatching(FEEDBACK_ID),
      complaintSubType: null,
      complainedRecipients: [{ emailAddress: 'complaint+y@simulator.amazonses.com' }],
      timestamp: AT.toISOString(),
      userAgent: 'Amazon SES Mailbox Simulator',
      complaintFeedbackType: 'abuse',
      arrivalDate: AT.toISOString(),
    });
  });

  it('publishes suppressionlist@ as a permanent bounce from the account suppression list', () => {
    // Act
    const [bounce] = ofType(sesEventRecords(sent(['suppressionlist@simulator.amazonses.com']), { at: AT }), 'Bounce');

    // Assess
    expect(bounce.bounce).toMatchObject({
      bounceType: 'Permanent',
      bounceSubType: 'OnAccountSuppressionList',
      bouncedRecipients: [{ emailAddress: 'suppressionlist@simulator.amazonses.com', action: 'failed', status: '5.1.1' }],
      reportingMTA: 'dns; amazonses.com',
    });
  });

  it.each([
    ['success@simulator.amazonses.com', ['Send', 'Delivery']],
    ['ooto+z@simulator.amazonses.com', ['Send', 'Delivery']],
    ['bounce@simulator.amazonses.com', ['Send', 'Bounce']],
    ['suppressionlist+q@simulator.amazonses.com', ['Send', 'Bounce']],
    ['complaint@simulator.amazonses.com', ['Send', 'Delivery', 'Complaint']],
    ['ada@example.com', ['Send', 'Delivery']],
  ])('mail to %s publishes %j', (address, types) => {
    // Act
    const records = sesEventRecords(sent([address]), { at: AT });

    // Assess
    expect(records.map((record) => record.eventType)).toEqual(types);
  });

  it('combines the simulated bounces of one call per kind and delivers to everyone else', () => {
    // Prepare
    const mail = sent(['bounce+a@simulator.amazonses.com', 'ada@example.com', 'bounce+b@simulator.amazonses.com', 'suppressionlist@simulator.amazonses.com']);

    // Act
    const records = sesEventRecords(mail, { at: AT });

    // Assess
    const bounces = ofType(records, 'Bounce').map((record) => [record.bounce.bounceSubType, record.bounce.bouncedRecipients.map((r) => r.emailAddress)]);
    expect(bounces).toEqual([
      ['General', ['bounce+a@simulator.amazonses.com', 'bounce+b@simulator.amazonses.com']],
      ['OnAccountSuppressionList', ['suppressionlist@simulator.amazonses.com']],
    ]);
    expect(ofType(records, 'Delivery')[0].delivery.recipients).toEqual(['ada@example.com']);
    expect(ofType(records, 'Delivery')[0].mail.tags['ses:outgoing-ip']).toEqual(['127.0.0.1']);
  });

  it("takes the mail's own Message-ID and Return-Path into commonHeaders, and truncates headers beyond 10 KB", () => {
    // Prepare
    const headers = [
      { name: 'From', value: '"Doe, Jane" <jane@x.example>' },
      { name: 'Return-Path', value: 'bounces@herald.local' },
      { name: 'Message-ID', value: '<m1@herald.local>' },
      { name: 'Date', value: 'Sun, 1 Mar 2026 09:00:00 +0000' },
      { name: 'X-Long', value: 'x'.repeat(11_000) },
    ];

    // Act
    const [send] = sesEventRecords(sent(['ada@example.com'], { headers, configurationSet: undefined, tags: {} }), { at: AT });

    // Assess
    expect(send.mail.commonHeaders).toEqual({ from: ['"Doe, Jane" <jane@x.example>'], returnPath: 'bounces@herald.local', messageId: '<m1@herald.local>', date: 'Sun, 1 Mar 2026 09:00:00 +0000' });
    expect(send.mail.headersTruncated).toBe(true);
    expect(send.mail.headers.map((h) => h.name)).toEqual(['From', 'Return-Path', 'Message-ID', 'Date']);
    expect(send.mail.tags).not.toHaveProperty('ses:configuration-set');
  });
});
