// Tests for the calendar feed's iCalendar text, read back with ical.js (Mozilla's parser, as in Thunderbird):
// every event at its true instant in its own zone, invite-compatible UIDs, stable bytes, folded lines.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedEvent, type FeedOptions } from './feed';

const berlin: FeedEvent = {
  id: 'ev-berlin',
  title: 'Jazz night; live, loud',
  description: 'Doors 18:30\nBring friends',
  startsAt: '2026-03-28T19:00:00.000Z',
  endsAt: '2026-03-29T02:00:00.000Z',
  timeZone: 'Europe/Berlin',
  venue: { name: 'Kulturhaus', city: 'Berlin', country: 'DE' },
  category: 'music',
  tags: ['jazz', 'live'],
  status: 'PUBLISHED',
  version: 4,
  updatedAt: '2026-02-10T08:15:00.000Z',
};
const newYork: FeedEvent = {
  id: 'ev-ny',
  title: 'Product meetup',
  startsAt: '2026-11-01T13:00:00.000Z',
  timeZone: 'America/New_York',
  onlineUrl: 'https://meet.example/x',
  status: 'PUBLISHED',
  version: 1,
  publishedAt: '2026-09-01T00:00:00.000Z',
};
const options: FeedOptions = { name: 'Herald events', events: [berlin, newYork], publicBaseUrl: 'https://herald.test', uidDomain: 'herald.test', refreshMinutes: 60 };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('buildFeed', () => {
  it('publishes each event at its true instant in its own zone, with the invite UID, version and details', () => {
    // Act
    const { calendar, events } = parse(buildFeed(options));

    // Assess
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Herald events');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Europe/Berlin']);
    const [jazz, meetup] = events;
    // 2026-03-29 02:00 UTC is after the Berlin DST change (01:00 UTC): the end must come out at 04:00 CEST.
    expect(jazz.startDate.toJSDate().toISOString()).toBe(berlin.startsAt);
    expect(jazz.endDate.toJSDate().toISOString()).toBe(berlin.endsAt);
    expect(jazz.endDate.toString()).toBe('2026-03-29T04:00:00');
    expect(jazz.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(jazz.uid).toBe('ev-berlin@herald.test');
    expect(jazz.sequence).toBe(4);
    expect(jazz.summary).toBe('Jazz night; live, loud');
    expect(jazz.description).toBe('Doors 18:30\nBring friends\n\nDetails and registration: https://herald.test/events/ev-berlin');
    expect(jazz.location).toBe('Kulturhaus, Berlin, DE');
    expect(jazz.component.getFirstPropertyValue('url')).toBe('https://herald.test/events/ev-berlin');
    expect(jazz.component.getFirstProperty('categories')?.getValues()).toEqual(['music', 'jazz', 'live']);
    expect(jazz.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-02-10T08:15:00Z');
    expect(meetup.startDate.toJSDate().toISOString()).toBe(newYork.startsAt);
    expect(meetup.startDate.toString()).toBe('2026-11-01T08:00:00');
    expect(meetup.location).toBe('Online: https://meet.example/x');
    expect(meetup.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-09-01T00:00:00Z');
  });

  it('gives the same bytes for the same events, and a new SEQUENCE once an event changes', () => {
    // Act
    const first = buildFeed(options);
    const again = buildFeed({ ...options, events: [{ ...berlin }, { ...newYork }] });
    const changed = buildFeed({ ...options, events: [{ ...berlin, version: 5, updatedAt: '2026-02-11T00:00:00.000Z' }, newYork] });

    // Assess
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
    expect(parse(changed).events[0].sequence).toBe(5);
  });

  it('is a valid empty calendar when nothing is published, with CRLF lines of at most 75 octets', () => {
    // Act
    const empty = buildFeed({ ...options, events: [] });
    const long = buildFeed({ ...options, events: [{ ...berlin, title: 'Ünïcode '.repeat(40) }] });

    // Assess
    expect(parse(empty).events).toEqual([]);
    expect(empty.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parse(long).events[0].summary).toBe('Ünïcode '.repeat(40));
  });
});
