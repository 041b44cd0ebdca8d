// The announcement mail one subscriber receives: title, local start time in the event's zone, place, link, and a
// personal one-click unsubscribe link, also offered as List-Unsubscribe + List-Unsubscribe-Post (RFC 8058).
import { eventUrl, whereOf, type EventItem } from '../lib/event-item';
import { escapeHtml } from '../lib/html';
import type { Mailbox, OutgoingMail } from '../lib/mime';
import { formatLocalTime } from '../lib/time-zone';

export type AnnouncementLinks = { publicBaseUrl: string; unsubscribeUrl: string };

const DESCRIPTION_PREVIEW = 600;

export function unsubscribeLink(unsubscribeUrl: string, token: string): string {
  const url = new URL(unsubscribeUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

function preview(description: string | null | undefined): string {
  const text = (description ?? '').trim();
  return text.length > DESCRIPTION_PREVIEW ? `${text.slice(0, DESCRIPTION_PREVIEW).trimEnd()}…` : text;
}

export function composeAnnouncement(opts: {
  event: EventItem;
  to: string;
  unsubscribeToken: string;
  from: Mailbox;
  links: AnnouncementLinks;
  date: Date;
}): OutgoingMail {
  const { event, links } = opts;
  const when = formatLocalTime(event.startsAt, event.timeZone);
  const where = whereOf(event);
  const link = eventUrl(links.publicBaseUrl, event.id);
  const unsubscribe = unsubscribeLink(links.unsubscribeUrl, opts.unsubscribeToken);
  const about = preview(event.description);

  const text = [
    event.title,
    '',
    `When:  ${when}`,
    ...(where ? [`Where: ${where}`] : []),
    `More:  ${link}`,
    ...(about ? ['', about] : []),
    '',
    '—',
    'You receive this because you subscribed to Herald event announcements.',
    `Unsubscribe with one click: ${unsubscribe}`,
  ].join('\n');

  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem">',
    `<h1 style="font-size:1.4rem">${escapeHtml(event.title)}</h1>`,
    `<p><strong>When:</strong> ${escapeHtml(when)}`,
    ...(where ? [`<br><strong>Where:</strong> ${escapeHtml(where)}`] : []),
    '</p>',
    ...(about ? [`<p>${escapeHtml(about).replace(/\n/g, '<br>')}</p>`] : []),
    `<p><a href="${escapeHtml(link)}">See the event and register</a></p>`,
    '<hr><p style="font-size:0.85rem;color:#555">You receive this because you subscribed to Herald event announcements. ',
    `<a href="${escapeHtml(unsubscribe)}">Unsubscribe</a>.</p>`,
    '</body></html>',
  ].join('');

  return {
    from: opts.from,
    to: opts.to,
    subject: `New event: ${event.title}`,
    text,
    html,
    date: opts.date,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      Precedence: 'bulk',
    },
  };
}
