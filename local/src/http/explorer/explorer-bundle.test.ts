// Tests for the explorer bundle: built once into outDir, reused while its inputs are unchanged.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorerAssets } from './explorer-bundle';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'herald-explorer-'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('buildExplorerAssets', () => {
  it('bundles GraphiQL and its CSS, then reuses the bundle while nothing it read has changed', async () => {
    // Act
    const first = await buildExplorerAssets(outDir);
    const second = await buildExplorerAssets(outDir);
    await rm(join(outDir, 'inputs.json'));
    const third = await buildExplorerAssets(outDir);

    // Assess
    expect([first.reused, second.reused, third.reused]).toEqual([false, true, false]);
    expect(first.js).toContain('graphiql');
    expect(first.css).toContain('.graphiql-container');
    expect(second.version).toBe(first.version);
  });
});
