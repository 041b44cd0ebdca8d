// The public calendar feed as one iCalendar object (RFC 5545, METHOD:PUBLISH): a VEVENT per published event, in
// the event's own zone, with the UID and SEQUENCE of the registration invites. Every stamp comes from the events
// themselves, so the same events give byte-identical feeds and calendar apps can revalidate with an ETag.
import { escapeText, contentLines, eventUid, utcStamp, vtimezone, zoned } from '../lib/ics';
import { eventUrl, whereOf, type EventItem } from '../lib/event-item';

export type FeedEvent = EventItem & { updatedAt?: string | null; publishedAt?: string | null; createdAt?: string | null };

export type FeedOptions = {
  /** Calendar name shown by calendar apps, e.g. "Herald events" or "Herald events: music". */
  name: string;
  events: FeedEvent[];
  publicBaseUrl: string;
  /** Right-hand side of every UID: the public host name, as in the invites. */
  uidDomain: string;
  /** How often subscribers should refetch (RFC 7986 REFRESH-INTERVAL and its older X-PUBLISHED-TTL). */
  refreshMinutes: number;
};

const lastChange = (event: FeedEvent) => new Date(event.updatedAt ?? event.publishedAt ?? event.createdAt ?? event.startsAt);

function vevent(event: FeedEvent, opts: FeedOptions): string[] {
  const url = eventUrl(opts.publicBaseUrl, event.id);
  const where = whereOf(event);
  const categories = [event.category, ...(event.tags ?? [])].filter((c): c is string => Boolean(c)).map(escapeText);
  const description = [event.description, `Details and registration: ${url}`].filter(Boolean).join('\n\n');
  const changed = utcStamp(lastChange(event));
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id, opts.uidDomain)}`,
    // For a published calendar DTSTAMP is when this copy of the event was last revised (RFC 5545 §3.8.7.2).
    `DTSTAMP:${changed}`,
    `LAST-MODIFIED:${changed}`,
    `SEQUENCE:${event.version}`,
    zoned('DTSTART', event.startsAt, event.timeZone),
    ...(event.endsAt ? [zoned('DTEND', event.endsAt, event.timeZone)] : []),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    `URL:${url}`,
    ...(categories.length ? [`CATEGORIES:${categories.join(',')}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/** One VTIMEZONE per zone, covering every event in it. */
function timezones(events: FeedEvent[]): string[] {
  const spans = new Map<string, { start: Date; end: Date }>();
  for (const event of events) {
    const start = new Date(event.startsAt);
    const end = new Date(event.endsAt ?? event.startsAt);
    const span = spans.get(event.timeZone);
    if (!span) spans.set(event.timeZone, { start, end });
    else spans.set(event.timeZone, { start: start < span.start ? start : span.start, end: end > span.end ? end : span.end });
  }
  return [...spans.keys()].sort().flatMap((zone) => vtimezone(zone, spans.get(zone)!.start, spans.get(zone)!.end));
}

export function buildFeed(opts: FeedOptions): string {
  const refresh = `PT${opts.refreshMinutes}M`;
  return contentLines([
    'BEGIN:VCALENDAR',
    'PRODID:-//Herald//Events//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(opts.name)}`,
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...timezones(opts.events),
    ...opts.events.flatMap((event) => vevent(event, opts)),
    'END:VCALENDAR',
  ]);
}
