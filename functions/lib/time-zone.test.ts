// Tests for time-zone facts read from ICU: offsets, offset changes around DST, and wall-clock formatting.
import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { formatLocalTime, offsetChanges, utcOffsetMinutes } from './time-zone';

describe('time-zone', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 60],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 120],
    ['America/New_York', '2026-01-15T12:00:00Z', -300],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 330],
    ['UTC', '2026-01-15T12:00:00Z', 0],
  ])('utcOffsetMinutes(%s, %s) = %i', (zone, iso, expected) => {
    // Act
    const offset = utcOffsetMinutes(new Date(iso), zone);

    // Assess
    expect(offset).toBe(expected);
  });

  it('finds DST changes to the minute, and none in a zone without DST', () => {
    // Prepare
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');

    // Act
    const newYork = offsetChanges('America/New_York', from, to);
    const kolkata = offsetChanges('Asia/Kolkata', from, to);

    // Assess
    expect(newYork).toEqual([
      { at: new Date('2026-03-08T07:00:00Z'), from: -300, to: -240 },
      { at: new Date('2026-11-01T06:00:00Z'), from: -240, to: -300 },
    ]);
    expect(kolkata).toEqual([]);
  });

  it.each([
    ['2026-12-05T18:00:00Z', 'Europe/Berlin', 'Saturday, 5 December 2026, 19:00 GMT+1 (Europe/Berlin)'],
    // 30 minutes after New York springs forward: 03:30 EDT, never the non-existent 02:30.
    ['2026-03-08T07:30:00Z', 'America/New_York', 'Sunday, 8 March 2026, 03:30 EDT (America/New_York)'],
    ['2026-03-08T06:30:00Z', 'America/New_York', 'Sunday, 8 March 2026, 01:30 EST (America/New_York)'],
  ])('formatLocalTime(%s, %s)', (iso, zone, expected) => {
    // Act
    const text = formatLocalTime(iso, zone);

    // Assess
    expect(text).toBe(expected);
  });

  it('refuses an unknown zone with a ValidationError', () => {
    // Act
    const format = () => formatLocalTime('2026-12-05T18:00:00Z', 'Mars/Olympus');

    // Assess
    expect(format).toThrow(ValidationError);
  });
});
