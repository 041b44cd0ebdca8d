// Tests for demo seeding: local wall-clock start times, and steps that run once per data directory.
import { describe, expect, it } from 'vitest';
import { runSeedSteps, SeedError, zonedStart, type SeedContext, type SeedStep } from './seed';

const context = {} as SeedContext;

describe('zonedStart', () => {
  it.each([
    ['Europe/Berlin in winter', '2026-01-10T12:00:00Z', 3, 9, 'Europe/Berlin', '2026-01-13T08:00:00.000Z'],
    ['Europe/Berlin in summer', '2026-07-10T12:00:00Z', 0, 9, 'Europe/Berlin', '2026-07-10T07:00:00.000Z'],
    ['America/New_York', '2026-01-10T12:00:00Z', 1, 17, 'America/New_York', '2026-01-11T22:00:00.000Z'],
    ['Asia/Tokyo', '2026-01-10T12:00:00Z', 0, 14, 'Asia/Tokyo', '2026-01-10T05:00:00.000Z'],
  ])('puts %s at the local hour', (_label, now, inDays, hour, timeZone, expected) => {
    // Act
    const start = zonedStart(new Date(now), inDays, hour, timeZone);
    // Assess
    expect(start.toISOString()).toBe(expected);
  });
});

describe('runSeedSteps', () => {
  function steps(ran: string[], failing?: string): SeedStep[] {
    return ['events', 'images', 'subscribers'].map((name) => ({
      name,
      run: async () => {
        if (name === failing) throw new Error('API says no');
        ran.push(name);
        return name;
      },
    }));
  }

  it('runs only the steps not yet done, recording each as it finishes', async () => {
    // Prepare
    const ran: string[] = [];
    const recorded: string[] = [];
    // Act
    await runSeedSteps(steps(ran), ['events'], context, async (step) => void recorded.push(step));
    // Assess
    expect(ran).toEqual(['images', 'subscribers']);
    expect(recorded).toEqual(['images', 'subscribers']);
  });

  it('stops at a failing step with its name, keeping what finished before it', async () => {
    // Prepare
    const recorded: string[] = [];
    // Act
    const failure = await runSeedSteps(steps([], 'images'), [], context, async (step) => void recorded.push(step)).catch((e: unknown) => e);
    // Assess
    expect(failure).toBeInstanceOf(SeedError);
    expect((failure as Error).message).toBe('Seeding demo data (images) failed: API says no');
    expect(recorded).toEqual(['events']);
  });
});
