import { describe, expect, it } from 'vitest';
import type { EventView } from '../../lib/event-details';
import { buildIcs, foldLine, icsFileName } from './ics';

function event(patch: Partial<EventView> = {}): EventView {
  return {
    id: 'e1',
    title: 'Open Source Saturday',
    description: 'Hack, talk; eat\nrepeat',
    startsAt: '2026-06-15T18:00:00Z',
    endsAt: '2026-06-15T21:30:00Z',
    timeZone: 'Europe/Berlin',
    image: null,
    venue: { name: 'c-base', address: 'Rungestraße 20', city: 'Berlin', country: 'DE' },
    onlineUrl: null,
    category: 'tech',
    tags: [],
    availability: { capacity: 40, attendeeCount: 1, waitlistCount: 0, seatsLeft: 39 },
    status: 'PUBLISHED',
    organizerId: 'o1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    publishedAt: '2026-01-02T00:00:00Z',
    cancelledAt: null,
    cancellationReason: null,
    previousStartsAt: null,
    version: 3,
    ...patch,
  };
}

const options = { uidDomain: 'herald.example', url: 'https://herald.example/#/events/e1', now: new Date('2026-05-01T08:09:10.123Z') };

describe('buildIcs', () => {
  it('writes one VEVENT with a stable UID, the version as SEQUENCE, UTC times and escaped text', () => {
    // Prepare
    // Act
    const ics = buildIcs(event(), options);
    // Assess
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Herald//Events//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:e1@herald.example',
      'DTSTAMP:20260501T080910Z',
      'SEQUENCE:3',
      'DTSTART:20260615T180000Z',
      'DTEND:20260615T213000Z',
      'SUMMARY:Open Source Saturday',
      'DESCRIPTION:Hack\\, talk\\; eat\\nrepeat',
      'LOCATION:c-base\\, Rungestraße 20\\, Berlin\\, DE',
      'URL:https://herald.example/#/events/e1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('keeps the UID across downloads and versions, and marks a cancelled event', () => {
    // Prepare
    const before = buildIcs(event(), options);
    // Act
    const after = buildIcs(event({ version: 4, status: 'CANCELLED' }), { ...options, now: new Date() });
    // Assess
    const uid = (ics: string) => ics.split('\r\n').find((line) => line.startsWith('UID:'));
    expect(uid(after)).toBe(uid(before));
    expect(after).toContain('SEQUENCE:4\r\n');
    expect(after).toContain('STATUS:CANCELLED\r\n');
  });

  it.each([
    ['no end, no description, online only', { endsAt: null, description: null, venue: null, onlineUrl: 'https://meet.example/x' }, ['LOCATION:https://meet.example/x'], ['DTEND', 'DESCRIPTION']],
  ])('leaves out what the event lacks: %s', (_case, patch, present, absent) => {
    // Prepare
    // Act
    const ics = buildIcs(event(patch), options);
    // Assess
    for (const line of present) expect(ics).toContain(`${line}\r\n`);
    for (const name of absent) expect(ics).not.toMatch(new RegExp(`^${name}`, 'm'));
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting multi-byte characters', () => {
    // Prepare
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    // Act
    const folded = foldLine(line).split('\r\n');
    // Assess
    const encoder = new TextEncoder();
    expect(folded.length).toBeGreaterThan(1);
    expect(encoder.encode(folded[0]).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' ') && encoder.encode(part).length <= 75)).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });
});

describe('icsFileName', () => {
  it.each([
    ['Open Source Saturday', 'open-source-saturday.ics'],
    ['Café & Crème: Ünïcode!', 'cafe-creme-unicode.ics'],
    ['!!!', 'event.ics'],
  ])('%s → %s', (title, expected) => {
    expect(icsFileName(title)).toBe(expected);
  });
});
