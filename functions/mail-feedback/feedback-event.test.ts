// Tests for reading SES event records: which bounces and complaints opt an address out, and what is ignored.
import { describe, expect, it } from 'vitest';
import { parseMailFeedback } from './feedback-event';

const SENT = '2026-03-01T09:00:00.125Z';
const mail = { timestamp: SENT, messageId: 'm-1', source: 'Herald <no-reply@herald.test>', destination: ['ada@example.test'] };
const bounce = (bounceType: string, bounceSubType: string, ...emails: string[]) =>
  JSON.stringify({
    eventType: 'Bounce',
    mail,
    bounce: { bounceType, bounceSubType, feedbackId: 'fb-1', timestamp: '2026-03-01T09:00:05.000Z', bouncedRecipients: emails.map((emailAddress) => ({ emailAddress, status: '5.1.1' })) },
  });
const complaint = (complaintFeedbackType: string | undefined, ...emails: string[]) =>
  JSON.stringify({
    eventType: 'Complaint',
    mail,
    complaint: { feedbackId: 'fb-2', timestamp: '2026-03-02T10:00:00.000Z', complaintFeedbackType, complainedRecipients: emails.map((emailAddress) => ({ emailAddress })) },
  });

describe('parseMailFeedback', () => {
  it.each([
    ['a permanent bounce', bounce('Permanent', 'General', 'Ada@Example.test'), 'HARD_BOUNCE', ['ada@example.test']],
    ['a bounce on the suppression list', bounce('Permanent', 'OnAccountSuppressionList', 'ada@example.test'), 'HARD_BOUNCE', ['ada@example.test']],
    ['an abuse complaint', complaint('abuse', 'ada@example.test'), 'COMPLAINT', ['ada@example.test']],
    ['a complaint without a feedback type', complaint(undefined, 'ada@example.test'), 'COMPLAINT', ['ada@example.test']],
    ['a bounce of two recipients, one named', bounce('Permanent', 'NoEmail', 'Ada <ada@example.test>', 'bob@example.test', 'ADA@example.test'), 'HARD_BOUNCE', ['ada@example.test', 'bob@example.test']],
  ])('opts out on %s', (_case, message, reason, recipients) => {
    // Act
    const feedback = parseMailFeedback(message);

    // Assess
    expect(feedback).toEqual({ suppress: true, reason, recipients, feedbackId: expect.stringMatching(/^fb-/), sentAt: SENT });
  });

  it.each([
    ['a transient bounce', bounce('Transient', 'MailboxFull', 'ada@example.test'), 'Bounce/Transient'],
    ['an undetermined bounce', bounce('Undetermined', 'Undetermined', 'ada@example.test'), 'Bounce/Undetermined'],
    ['not-spam feedback', complaint('not-spam', 'ada@example.test'), 'Complaint/not-spam'],
    ['a reject (virus in the content)', JSON.stringify({ eventType: 'Reject', mail, reject: { reason: 'Bad content' } }), 'Reject'],
    ['a delivery', JSON.stringify({ eventType: 'Delivery', mail, delivery: { recipients: ['ada@example.test'] } }), 'Delivery'],
  ])('leaves the address alone on %s', (_case, message, kind) => {
    // Act
    const feedback = parseMailFeedback(message);

    // Assess
    expect(feedback).toMatchObject({ suppress: false, kind });
  });

  it('reads identity notifications (notificationType) and normalises an offset send time to UTC', () => {
    // Prepare
    const message = JSON.stringify({
      notificationType: 'Complaint',
      mail: { ...mail, timestamp: '2026-03-01T10:00:00.125+01:00' },
      complaint: { feedbackId: 'fb-3', complainedRecipients: [{ emailAddress: 'ada@example.test' }] },
    });

    // Act
    const feedback = parseMailFeedback(message);

    // Assess
    expect(feedback).toEqual({ suppress: true, reason: 'COMPLAINT', recipients: ['ada@example.test'], feedbackId: 'fb-3', sentAt: SENT });
  });

  it('falls back to the SNS publish time when the mail has no timestamp', () => {
    // Prepare
    const message = JSON.stringify({ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'ada@example.test' }] } });

    // Act
    const feedback = parseMailFeedback(message, '2026-03-01T09:00:06.000Z');

    // Assess
    expect(feedback).toMatchObject({ suppress: true, sentAt: '2026-03-01T09:00:06.000Z', feedbackId: '' });
  });

  it.each([
    ['not JSON', 'Bounce!', 'SNS message is not JSON'],
    ['a JSON array', '[]', 'SNS message is not a JSON object'],
    ['a bounce with no time at all', JSON.stringify({ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [] } }), 'Bounce event has no usable timestamp'],
  ])('refuses %s', (_case, message, error) => {
    // Act
    const attempt = () => parseMailFeedback(message);

    // Assess
    expect(attempt).toThrow(error);
  });
});
