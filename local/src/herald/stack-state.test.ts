// Tests for the state kept in .herald/state.json across restarts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStackState, saveStackState } from './stack-state';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'herald-state-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stack state', () => {
  it('starts with a fresh AppSync-style API key and nothing seeded, and keeps both across a save', async () => {
    // Act
    const first = await loadStackState(dir);
    await saveStackState(dir, { ...first, seededSteps: ['events'] });
    const again = await loadStackState(dir);

    // Assess
    expect(first.apiKey).toMatch(/^da2-[a-z0-9]{26}$/);
    expect(first.seededSteps).toEqual([]);
    expect(again).toEqual({ ...first, seededSteps: ['events'] });
    expect(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')).apiKey).toBe(first.apiKey);
  });

  it('reads a data directory from before seed steps as having its events seeded', async () => {
    // Prepare
    await writeFile(join(dir, 'state.json'), JSON.stringify({ apiKey: 'da2-old', pageTokenSecret: 's', seeded: true }));
    // Act
    const state = await loadStackState(dir);
    // Assess
    expect(state).toEqual({ apiKey: 'da2-old', pageTokenSecret: 's', seededSteps: ['events'] });
  });
});
