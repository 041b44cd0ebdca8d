import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBundles } from './write-bundles';

describe('writeBundles', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'manifest-write-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes each bundle at its path, creating folders and leaving no temporary files', async () => {
    // Prepare
    const units = [
      { bundleFile: 'dist/resolvers/Query.getNote.[table].js', code: 'export {};\n' },
      { bundleFile: 'dist/resolvers/Mutation.addNote/index.js', code: 'export { request };\n' },
    ];

    // Act
    await writeBundles(root, units);

    // Assess
    expect(await readFile(path.join(root, units[0].bundleFile), 'utf8')).toBe(units[0].code);
    expect(await readFile(path.join(root, units[1].bundleFile), 'utf8')).toBe(units[1].code);
    expect(await readdir(path.join(root, 'dist/resolvers/Mutation.addNote'))).toEqual(['index.js']);
  });

  it('leaves an unchanged bundle untouched and replaces a changed one', async () => {
    // Prepare
    const bundleFile = 'dist/resolvers/Query.ping.[NONE].js';
    const target = path.join(root, bundleFile);
    await writeBundles(root, [{ bundleFile, code: 'one' }]);
    const first = await stat(target);

    // Act
    await writeBundles(root, [{ bundleFile, code: 'one' }]);
    const unchanged = await stat(target);
    await writeBundles(root, [{ bundleFile, code: 'two' }]);

    // Assess
    expect(unchanged.ino).toBe(first.ino);
    expect(unchanged.mtimeMs).toBe(first.mtimeMs);
    expect(await readFile(target, 'utf8')).toBe('two');
  });
});
