// "Add to calendar": an iCalendar file (RFC 5545) built in the browser. The UID is `<event id>@<app host>`,
// the form the registration mails' invites use, so a calendar treats the download and a mailed invite as
// one event; SEQUENCE is the event's version, so a later download replaces an earlier one.
import type { EventView } from '../../lib/event-details';

export interface IcsOptions {
  /** Host name of the public app (the UID's right-hand side); must not change for a deployment. */
  uidDomain: string;
  /** Link back to the event page. */
  url: string;
  now: Date;
}

const encoder = new TextEncoder();

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 2026-06-15T18:00:00.000Z → 20260615T180000Z (UTC times need no VTIMEZONE and every calendar reads them). */
function utcStamp(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function location(event: EventView): string | null {
  const venue = event.venue
    ? [event.venue.name, event.venue.address, event.venue.city, event.venue.country].filter(Boolean).join(', ')
    : '';
  return [venue, event.onlineUrl ?? ''].filter(Boolean).join(' · ') || null;
}

export function buildIcs(event: EventView, options: IcsOptions): string {
  const where = location(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Herald//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@${options.uidDomain}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `SEQUENCE:${event.version}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${utcStamp(event.endsAt)}`] : []),
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    `URL:${options.url}`,
    `STATUS:${event.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name from the title: "Open Source Saturday" → "open-source-saturday.ics". */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}.ics`;
}
