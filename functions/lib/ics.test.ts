// Tests for iCalendar invites: iTIP method and status, stable UID, SEQUENCE, zoned times with a VTIMEZONE, folding.
import { describe, expect, it } from 'vitest';
import { buildInvite, foldLine, type InviteOptions } from './ics';

const base: InviteOptions = {
  method: 'REQUEST',
  event: {
    id: 'ev-1',
    title: 'Jazz night; live, loud',
    description: 'Doors 18:30\nBring friends',
    startsAt: '2026-03-28T23:30:00.000Z',
    endsAt: '2026-03-29T03:00:00.000Z',
    timeZone: 'Europe/Berlin',
    location: 'Kulturhaus, Berlin',
    url: 'https://herald.test/events/ev-1',
    version: 3,
  },
  organizer: { name: 'Herald', email: 'no-reply@herald.test' },
  attendee: { email: 'ada@example.test' },
  uidDomain: 'herald.test',
  now: new Date('2026-03-01T10:00:00Z'),
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('buildInvite', () => {
  it('writes a REQUEST with a stable UID, SEQUENCE from the version, and zoned times across the DST change', () => {
    // Act
    const ics = unfold(buildInvite(base));

    // Assess
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain('UID:ev-1@herald.test\r\n');
    expect(ics).toContain('SEQUENCE:3\r\n');
    expect(ics).toContain('DTSTAMP:20260301T100000Z\r\n');
    // 00:30 CET on the 29th, ending 05:00 CEST after clocks went forward at 02:00.
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260329T003000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20260329T050000\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(ics).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n');
    expect(ics).toContain('BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n');
    expect(ics).toContain('SUMMARY:Jazz night\\; live\\, loud\r\n');
    expect(ics).toContain('DESCRIPTION:Doors 18:30\\nBring friends\r\n');
    expect(ics).toContain('STATUS:CONFIRMED\r\n');
    expect(ics).toContain('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ada@example.test\r\n');
  });

  it('writes a CANCEL with the same UID and STATUS:CANCELLED', () => {
    // Act
    const ics = unfold(buildInvite({ ...base, method: 'CANCEL', event: { ...base.event, version: 4 } }));

    // Assess
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('UID:ev-1@herald.test\r\n');
    expect(ics).toContain('SEQUENCE:4\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
  });

  it('describes a zone without DST with one STANDARD observance', () => {
    // Act
    const ics = unfold(buildInvite({ ...base, event: { ...base.event, timeZone: 'Asia/Kolkata', endsAt: null } }));

    // Assess
    expect(ics).toContain('BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n');
    expect(ics).toContain('DTSTART;TZID=Asia/Kolkata:20260329T050000\r\n');
    expect(ics).not.toContain('DTEND');
  });

  it('keeps every line within 75 octets without splitting a character', () => {
    // Prepare
    const long = `SUMMARY:${'Ünïcödé '.repeat(30)}`;

    // Act
    const folded = foldLine(long);

    // Assess
    expect(folded.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
