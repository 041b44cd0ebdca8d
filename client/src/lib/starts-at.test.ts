import { describe, expect, it } from 'vitest';
import { toLocalInput, toStartsAt, zoneOffsetMs } from './starts-at';

describe('toStartsAt', () => {
  it.each([
    ['winter in Berlin (UTC+1)', '2026-01-15T19:00', 'Europe/Berlin', '2026-01-15T18:00:00Z'],
    ['summer in Berlin (UTC+2)', '2026-07-15T19:00', 'Europe/Berlin', '2026-07-15T17:00:00Z'],
    ['New York (UTC-5)', '2026-01-15T19:00', 'America/New_York', '2026-01-16T00:00:00Z'],
    ['UTC', '2026-05-01T00:00', 'UTC', '2026-05-01T00:00:00Z'],
    ['half-hour zone', '2026-05-01T12:00', 'Asia/Kolkata', '2026-05-01T06:30:00Z'],
    ['seconds given', '2026-05-01T12:00:30', 'UTC', '2026-05-01T12:00:30Z'],
    ['just after the Berlin spring gap', '2026-03-29T03:00', 'Europe/Berlin', '2026-03-29T01:00:00Z'],
    ['just before the Berlin spring gap', '2026-03-29T01:59', 'Europe/Berlin', '2026-03-29T00:59:00Z'],
    ['across the date line', '2026-01-01T00:30', 'Pacific/Auckland', '2025-12-31T11:30:00Z'],
  ])('%s', (_case, local, zone, expected) => {
    // Prepare: inputs from the table
    // Act
    const result = toStartsAt(local, zone);
    // Assess
    expect(result).toEqual({ ok: true, iso: expected, ambiguous: false });
  });

  it.each([
    ['Berlin spring forward (02:00–03:00 skipped)', '2026-03-29T02:30', 'Europe/Berlin'],
    ['New York spring forward', '2026-03-08T02:15', 'America/New_York'],
    ['Lord Howe half-hour spring forward', '2026-10-04T02:15', 'Australia/Lord_Howe'],
  ])('rejects a wall time inside a DST gap: %s', (_case, local, zone) => {
    // Prepare: inputs from the table
    // Act
    const result = toStartsAt(local, zone);
    // Assess
    expect(result).toEqual({ ok: false, reason: 'nonexistent' });
  });

  it.each([
    ['Berlin fall back: 02:30 CEST, not CET', '2026-10-25T02:30', 'Europe/Berlin', '2026-10-25T00:30:00Z'],
    ['New York fall back: 01:30 EDT, not EST', '2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00Z'],
    ['Sydney fall back (southern hemisphere)', '2026-04-05T02:30', 'Australia/Sydney', '2026-04-04T15:30:00Z'],
  ])('takes the earlier instant for an ambiguous wall time: %s', (_case, local, zone, expected) => {
    // Prepare: inputs from the table
    // Act
    const result = toStartsAt(local, zone);
    // Assess
    expect(result).toEqual({ ok: true, iso: expected, ambiguous: true });
  });

  it.each([
    ['empty', ''],
    ['date only', '2026-01-15'],
    ['impossible day', '2026-02-30T10:00'],
    ['impossible hour', '2026-02-10T24:00'],
    ['free text', 'tomorrow at noon'],
  ])('rejects invalid input: %s', (_case, local) => {
    // Prepare: input from the table
    // Act
    const result = toStartsAt(local, 'UTC');
    // Assess
    expect(result).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a time zone the runtime does not know', () => {
    // Prepare
    // Act
    const result = toStartsAt('2026-01-15T19:00', 'Mars/Olympus_Mons');
    // Assess
    expect(result).toEqual({ ok: false, reason: 'unknown-zone' });
  });
});

describe('zoneOffsetMs', () => {
  it.each([
    ['Europe/Berlin', '2026-01-01T00:00:00Z', 3_600_000],
    ['Europe/Berlin', '2026-07-01T00:00:00Z', 7_200_000],
    ['America/St_Johns', '2026-01-01T00:00:00Z', -12_600_000],
    ['UTC', '2026-01-01T00:00:00Z', 0],
  ])('%s at %s', (zone, iso, expected) => {
    expect(zoneOffsetMs(zone, Date.parse(iso))).toBe(expected);
  });
});

describe('toLocalInput', () => {
  it.each([
    ['Berlin summer', '2026-07-15T17:00:00Z', 'Europe/Berlin', '2026-07-15T19:00'],
    ['New York, previous UTC day', '2026-01-16T00:00:00Z', 'America/New_York', '2026-01-15T19:00'],
    ['second of two ambiguous 02:30s', '2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25T02:30'],
    ['unknown zone falls back to UTC', '2026-05-01T12:00:00Z', 'Mars/Olympus_Mons', '2026-05-01T12:00'],
    ['unparsable instant', 'soon', 'UTC', ''],
  ])('%s', (_case, iso, zone, expected) => {
    // Prepare: inputs from the table
    // Act
    const local = toLocalInput(iso, zone);
    // Assess
    expect(local).toBe(expected);
  });
});
