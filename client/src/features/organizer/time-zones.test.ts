import { describe, expect, it } from 'vitest';
import { timeZoneOptions } from './time-zones';

describe('timeZoneOptions', () => {
  it('adds UTC and the browser zone (even a legacy alias) and sorts without duplicates', () => {
    // Prepare
    const supported = ['Europe/Berlin', 'Asia/Kolkata', 'Europe/Berlin'];
    // Act
    const options = timeZoneOptions('Asia/Calcutta', supported);
    // Assess
    expect(options).toEqual(['Asia/Calcutta', 'Asia/Kolkata', 'Europe/Berlin', 'UTC']);
  });

  it('uses the runtime list by default', () => {
    // Prepare
    // Act
    const options = timeZoneOptions('Europe/Berlin');
    // Assess
    expect(options.length).toBeGreaterThan(300);
    expect(options).toContain('America/New_York');
  });
});
