// Every resolver and pipeline-function bundle stays within Herald's budget of 8 KB (a quarter of
// AppSync's 32 KB code quota, performance.md), so there is room to grow without nearing the limit.
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../manifest/src/index';

const BUDGET_CHARS = 8 * 1024;

describe('resolver bundle budget', () => {
  it('keeps every bundle at or under 8 KB', async () => {
    // Prepare
    const manifest = await buildManifest({ write: false });
    const units = manifest.resolvers.flatMap((resolver) => [resolver.code, ...(resolver.kind === 'PIPELINE' ? resolver.functions.map((fn) => fn.code) : [])]);
    // Act
    const over = units.filter((unit) => unit.code.length > BUDGET_CHARS).map((unit) => `${unit.bundleFile}: ${unit.code.length}`);
    // Assess
    expect(units.length).toBeGreaterThan(20);
    expect(over).toEqual([]);
  });
});
