import { describe, expect, it } from 'vitest';
import { eventTimes, formatInTimeZone, isValidTimeZone } from './time-format';

// 18:00 UTC on 2026-06-15 is 20:00 in Berlin (CEST) and 14:00 in New York (EDT).
const ISO = '2026-06-15T18:00:00Z';

describe('formatInTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Mon, 15 Jun 2026, 20:00 CEST'],
    ['America/New_York', 'Mon, 15 Jun 2026, 14:00 GMT-4'],
    ['UTC', 'Mon, 15 Jun 2026, 18:00 UTC'],
    ['Asia/Kolkata', 'Mon, 15 Jun 2026, 23:30 GMT+5:30'],
  ])('formats in %s', (zone, expected) => {
    // Prepare: zone from the table, en-GB for stable output
    // Act
    const text = formatInTimeZone(ISO, zone, 'en-GB');
    // Assess
    expect(text).toBe(expected);
  });
});

describe('eventTimes', () => {
  it('shows the event zone and the viewer zone when they differ', () => {
    // Prepare: event in Berlin, viewer in New York
    // Act
    const times = eventTimes(ISO, 'Europe/Berlin', 'America/New_York', 'en-GB');
    // Assess
    expect(times).toEqual({
      atEvent: 'Mon, 15 Jun 2026, 20:00 CEST',
      eventZone: 'Europe/Berlin',
      forViewer: 'Mon, 15 Jun 2026, 14:00 GMT-4',
    });
  });

  it('omits the viewer line when the viewer is in the event zone', () => {
    // Prepare
    // Act
    const times = eventTimes(ISO, 'Europe/Berlin', 'Europe/Berlin', 'en-GB');
    // Assess
    expect(times.forViewer).toBeNull();
  });

  it('omits the viewer line when another zone name reads the same', () => {
    // Prepare: Etc/UTC and UTC are different names for the same clock
    // Act
    const times = eventTimes(ISO, 'UTC', 'Etc/UTC', 'en-GB');
    // Assess
    expect(times.forViewer).toBeNull();
  });

  it('falls back to UTC for a zone this runtime does not know, instead of throwing', () => {
    // Prepare
    // Act
    const times = eventTimes(ISO, 'Mars/Olympus_Mons', 'Europe/Berlin', 'en-GB');
    // Assess
    expect(times.eventZone).toBe('UTC');
    expect(times.atEvent).toBe('Mon, 15 Jun 2026, 18:00 UTC');
    expect(times.forViewer).toBe('Mon, 15 Jun 2026, 20:00 CEST');
  });

  it('shows the right offset on each side of a DST change', () => {
    // Prepare: Berlin switches to CEST at 01:00 UTC on 2026-03-29
    // Act
    const before = formatInTimeZone('2026-03-29T00:59:00Z', 'Europe/Berlin', 'en-GB');
    const after = formatInTimeZone('2026-03-29T01:00:00Z', 'Europe/Berlin', 'en-GB');
    // Assess
    expect(before).toBe('Sun, 29 Mar 2026, 01:59 CET');
    expect(after).toBe('Sun, 29 Mar 2026, 03:00 CEST');
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Nowhere/Special', false],
    ['', false],
  ])('%s → %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
