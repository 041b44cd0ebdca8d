// Reads one SES event record (configuration-set event publishing, delivered through SNS) into the addresses it
// reports and whether they must stop getting announcements: permanent bounces and complaints do, transient or
// undetermined bounces, `not-spam` feedback and every other event type do not.
import { ValidationError } from '../lib/errors';

export type FeedbackReason = 'HARD_BOUNCE' | 'COMPLAINT';

export type MailFeedback =
  | { suppress: true; reason: FeedbackReason; recipients: string[]; feedbackId: string; sentAt: string }
  | { suppress: false; kind: string; recipients: string[] };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `Name <a@b>` or `a@b`, lower-cased as subscriber keys are; undefined for anything without an @. */
function addressOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = (/<([^<>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
  return address.includes('@') ? address : undefined;
}

function recipientsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const addresses = list.map((entry) => addressOf(isRecord(entry) ? entry.emailAddress : undefined)).filter((a): a is string => a !== undefined);
  return [...new Set(addresses)];
}

/** An ISO 8601 instant in UTC with milliseconds, as resolvers write updatedAt; SES may send an offset. */
function instantOf(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const time = Date.parse(candidate);
    if (Number.isFinite(time)) return new Date(time).toISOString();
  }
  return undefined;
}

/**
 * `message` is the SNS Message string. `publishedAt` (the SNS Timestamp) stands in when the mail object has no
 * send time: it is never earlier than the send, so a subscription made after it is still protected.
 */
export function parseMailFeedback(message: string, publishedAt?: string): MailFeedback {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    throw new ValidationError('SNS message is not JSON');
  }
  if (!isRecord(body)) throw new ValidationError('SNS message is not a JSON object');
  // `eventType` with event publishing; identity notifications call it `notificationType` and share the rest.
  const kind = typeof body.eventType === 'string' ? body.eventType : typeof body.notificationType === 'string' ? body.notificationType : '';
  const mail = isRecord(body.mail) ? body.mail : {};
  const detail = kind === 'Bounce' ? body.bounce : kind === 'Complaint' ? body.complaint : undefined;
  if (!isRecord(detail)) return { suppress: false, kind: kind || 'unknown', recipients: [] };

  const recipients = recipientsOf(kind === 'Bounce' ? detail.bouncedRecipients : detail.complainedRecipients);
  const suppress = kind === 'Bounce' ? detail.bounceType === 'Permanent' : detail.complaintFeedbackType !== 'not-spam';
  if (!suppress) return { suppress, kind: kind === 'Bounce' ? `Bounce/${String(detail.bounceType)}` : 'Complaint/not-spam', recipients };
  const sentAt = instantOf(mail.timestamp, publishedAt, detail.timestamp);
  if (!sentAt) throw new ValidationError(`${kind} event has no usable timestamp`);
  return {
    suppress,
    reason: kind === 'Bounce' ? 'HARD_BOUNCE' : 'COMPLAINT',
    recipients,
    feedbackId: typeof detail.feedbackId === 'string' ? detail.feedbackId : '',
    sentAt,
  };
}
