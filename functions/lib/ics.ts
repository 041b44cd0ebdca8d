// iCalendar (RFC 5545) for Herald: the building blocks (text escaping, line folding, zoned times with a VTIMEZONE
// built from ICU) and the invites of registration mails (iTIP methods per RFC 5546): stable UID per event, SEQUENCE
// from the event's version, DTSTAMP from the clock. The public calendar feed (functions/calendar-feed) shares them.
import { offsetChanges, utcOffsetMinutes, zoneAbbreviation, type OffsetChange } from './time-zone';

export type InviteEvent = {
  id: string;
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt?: string | null;
  timeZone: string;
  location?: string | null;
  url?: string | null;
  /** The event's version; every change increases it, so calendars replace older copies. */
  version: number;
};

export type InviteOptions = {
  method: 'REQUEST' | 'CANCEL';
  event: InviteEvent;
  organizer: { name: string; email: string };
  attendee: { email: string };
  /** Right-hand side of the UID, e.g. the public host name; must never change for a deployment. */
  uidDomain: string;
  now: Date;
};

const YEAR = 366 * 24 * 3600_000;

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Wall-clock time of an instant at a fixed offset, as a floating DATE-TIME (no Z). */
function localStamp(instant: Date, offsetMinutes: number): string {
  return utcStamp(new Date(instant.getTime() + offsetMinutes * 60_000)).slice(0, -1);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** VTIMEZONE covering [start, end]: the observance in force at the start, every change up to the end, and the next one. */
export function vtimezone(timeZone: string, start: Date, end: Date): string[] {
  const changes = offsetChanges(timeZone, new Date(start.getTime() - YEAR), new Date(end.getTime() + YEAR));
  const current = changes.filter((c) => c.at <= start).slice(-1);
  const during = changes.filter((c) => c.at > start && c.at <= end);
  const next = changes.filter((c) => c.at > end).slice(0, 1);
  const chosen: OffsetChange[] = [...current, ...during, ...next];
  if (chosen.length === 0) {
    const offset = utcOffsetMinutes(start, timeZone);
    chosen.push({ at: new Date(Date.UTC(1970, 0, 1) - offset * 60_000), from: offset, to: offset });
  }
  const standard = Math.min(...chosen.flatMap((c) => [c.from, c.to]));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const change of chosen) {
    const kind = change.to > standard ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(change.at, change.from)}`,
      `TZOFFSETFROM:${formatOffset(change.from)}`,
      `TZOFFSETTO:${formatOffset(change.to)}`,
      `TZNAME:${escapeText(zoneAbbreviation(change.at, timeZone))}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A DATE-TIME property in the event's own zone, e.g. `DTSTART;TZID=Europe/Berlin:20261205T190000`. */
export function zoned(name: string, iso: string, timeZone: string): string {
  const instant = new Date(iso);
  return `${name};TZID=${timeZone}:${localStamp(instant, utcOffsetMinutes(instant, timeZone))}`;
}

/** The same UID in invites and in the feed, so a calendar holding both keeps one copy of the event. */
export const eventUid = (eventId: string, uidDomain: string) => `${eventId}@${uidDomain}`;

/** Lines joined with CRLF, each folded, ending with CRLF (RFC 5545 §3.1). */
export const contentLines = (lines: string[]) => `${lines.map(foldLine).join('\r\n')}\r\n`;

const quoteParam = (value: string) => `"${value.replace(/"/g, "'")}"`;

export function buildInvite(opts: InviteOptions): string {
  const { event, method } = opts;
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : start;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Herald//Events//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...vtimezone(event.timeZone, start, end),
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id, opts.uidDomain)}`,
    `DTSTAMP:${utcStamp(opts.now)}`,
    `SEQUENCE:${event.version}`,
    zoned('DTSTART', event.startsAt, event.timeZone),
    ...(event.endsAt ? [zoned('DTEND', event.endsAt, event.timeZone)] : []),
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN=${quoteParam(opts.organizer.name)}:mailto:${opts.organizer.email}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${opts.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return contentLines(lines);
}
