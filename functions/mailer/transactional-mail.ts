// Transactional mails (never silenced by unsubscribing from announcements): the double opt-in confirmation,
// and registration mails that carry an iTIP invite — REQUEST when a seat is held, CANCEL when it is not.
import { ValidationError } from '../lib/errors';
import { eventUrl, whereOf, type EventItem } from '../lib/event-item';
import { escapeHtml } from '../lib/html';
import { buildInvite } from '../lib/ics';
import type { Mailbox, OutgoingMail } from '../lib/mime';
import { assertTimeZone, formatLocalTime } from '../lib/time-zone';

export const MAIL_KINDS = ['subscription-confirmation', 'registration-confirmed', 'waitlist-promoted', 'registration-cancelled', 'event-cancelled'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * An empty `to` (event-cancelled only) means: every registrant of the event. Registration mails may
 * name their recipients by Cognito `sub` instead (`toUsers`); the handler looks the addresses up.
 */
export type MailRequest =
  | { kind: 'subscription-confirmation'; to: string[]; token: string; topics: string[] }
  | { kind: Exclude<MailKind, 'subscription-confirmation'>; to: string[]; toUsers?: string[]; event: EventItem };

export type MailerSettings = { sender: Mailbox; publicBaseUrl: string; confirmUrl: string; uidDomain: string };

export const MAX_RECIPIENTS = 50;
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export function parseMailRequest(payload: unknown): MailRequest {
  const p = (payload ?? {}) as Record<string, unknown>;
  if (!MAIL_KINDS.includes(p.kind as MailKind)) throw new ValidationError(`kind: must be one of ${MAIL_KINDS.join(', ')}`);
  // Only an event cancellation may leave `to` out: the mailer then notifies every registrant itself.
  const toUsers = p.kind !== 'subscription-confirmation' && p.to === undefined && Array.isArray(p.toUsers) ? p.toUsers.filter((sub): sub is string => typeof sub === 'string') : null;
  if (toUsers && (toUsers.length < 1 || toUsers.length > MAX_RECIPIENTS)) throw new ValidationError(`toUsers: 1 to ${MAX_RECIPIENTS} user ids`);
  const everyRegistrant = toUsers !== null || (p.kind === 'event-cancelled' && p.to === undefined);
  const to = everyRegistrant ? [] : (Array.isArray(p.to) ? p.to : [p.to]).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''));
  if (!everyRegistrant && (to.length < 1 || to.length > MAX_RECIPIENTS || !to.every((a) => EMAIL.test(a)))) {
    throw new ValidationError(`to: 1 to ${MAX_RECIPIENTS} email addresses`);
  }
  if (p.kind === 'subscription-confirmation') {
    if (typeof p.token !== 'string' || !/^[A-Za-z0-9_-]{10,100}$/.test(p.token)) throw new ValidationError('token: required for subscription-confirmation');
    const topics = Array.isArray(p.topics) ? p.topics.filter((t): t is string => typeof t === 'string') : [];
    return { kind: p.kind, to, token: p.token, topics };
  }
  const event = p.event as EventItem | undefined;
  if (!event || typeof event.id !== 'string' || typeof event.title !== 'string' || typeof event.startsAt !== 'string' || Number.isNaN(Date.parse(event.startsAt))) {
    throw new ValidationError('event: the stored Event item (id, title, startsAt, timeZone, version) is required');
  }
  if (typeof event.timeZone !== 'string' || !Number.isInteger(event.version)) throw new ValidationError('event: timeZone and version are required');
  assertTimeZone(event.timeZone);
  return { kind: p.kind as Exclude<MailKind, 'subscription-confirmation'>, to, ...(toUsers ? { toUsers } : {}), event };
}

type Content = { subject: string; lead: string; details?: string; action?: { label: string; url: string }; invite?: 'REQUEST' | 'CANCEL' };

function contentOf(request: MailRequest, settings: MailerSettings): Content {
  if (request.kind === 'subscription-confirmation') {
    const url = new URL(settings.confirmUrl);
    url.searchParams.set('token', request.token);
    const topics = request.topics.length ? `about ${request.topics.join(', ')}` : 'about every new event';
    return {
      subject: 'Confirm your Herald announcements',
      lead: `Please confirm that you want to receive Herald announcements ${topics}. The link works for 48 hours; if you did not sign up, ignore this mail.`,
      action: { label: 'Confirm my subscription', url: url.toString() },
    };
  }
  const { event } = request;
  const link = { label: 'Open the event', url: eventUrl(settings.publicBaseUrl, event.id) };
  switch (request.kind) {
    case 'registration-confirmed':
      return { subject: `You're registered: ${event.title}`, lead: 'Your seat is confirmed. The attached invite adds the event to your calendar.', action: link, invite: 'REQUEST' };
    case 'waitlist-promoted':
      return { subject: `A seat opened up: ${event.title}`, lead: 'Good news: you moved up from the waitlist and now have a seat.', action: link, invite: 'REQUEST' };
    case 'registration-cancelled':
      return { subject: `Registration cancelled: ${event.title}`, lead: 'Your registration is cancelled; the attached update removes the event from your calendar.', action: link, invite: 'CANCEL' };
    case 'event-cancelled':
      return {
        subject: `Cancelled: ${event.title}`,
        lead: 'The organizer has cancelled this event.',
        details: event.cancellationReason ? `Reason: ${event.cancellationReason}` : undefined,
        invite: 'CANCEL',
      };
  }
}

export function composeTransactional(request: MailRequest, to: string, settings: MailerSettings, now: Date): OutgoingMail {
  const content = contentOf(request, settings);
  const event = 'event' in request ? request.event : undefined;
  const facts = event
    ? [
        ['Event', event.title],
        ['When', formatLocalTime(event.startsAt, event.timeZone)],
        ...(whereOf(event) ? [['Where', whereOf(event) as string]] : []),
      ]
    : [];
  const text = [
    content.lead,
    ...(facts.length ? ['', ...facts.map(([k, v]) => `${k}: ${v}`)] : []),
    ...(content.details ? ['', content.details] : []),
    ...(content.action ? ['', `${content.action.label}: ${content.action.url}`] : []),
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem">',
    `<p>${escapeHtml(content.lead)}</p>`,
    ...(facts.length ? [`<p>${facts.map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`).join('<br>')}</p>`] : []),
    ...(content.details ? [`<p>${escapeHtml(content.details)}</p>`] : []),
    ...(content.action ? [`<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`] : []),
    '</body></html>',
  ].join('');
  const calendar =
    event && content.invite
      ? {
          method: content.invite,
          ics: buildInvite({
            method: content.invite,
            event: { ...event, location: whereOf(event), url: eventUrl(settings.publicBaseUrl, event.id) },
            organizer: { name: settings.sender.name ?? 'Herald', email: settings.sender.email },
            attendee: { email: to },
            uidDomain: settings.uidDomain,
            now,
          }),
        }
      : undefined;
  return { from: settings.sender, to, subject: content.subject, text, html, calendar, date: now };
}
