import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './__fixtures__/fixture-root';
import { bundle, bundleFileFor } from './bundle';
import { ManifestError } from './errors';

const getNote = {
  sourceFile: 'resolvers/Query.getNote.[table].ts',
  bundleFile: 'dist/resolvers/Query.getNote.[table].js',
};
const putNote = {
  sourceFile: 'resolvers/Mutation.addNote/2.putNote.[table].ts',
  bundleFile: 'dist/resolvers/Mutation.addNote/2.putNote.[table].js',
};


describe('bundleFileFor', () => {
  it.each([
    ['Query.getNote.[table].ts', 'dist/resolvers/Query.getNote.[table].js'],
    ['Mutation.addNote/index.ts', 'dist/resolvers/Mutation.addNote/index.js'],
    ['Mutation.addNote/1.validate.[NONE].ts', 'dist/resolvers/Mutation.addNote/1.validate.[NONE].js'],
  ])('maps %s to %s', (source, expected) => {
    // Prepare
    const relative = source;

    // Act
    const bundleFile = bundleFileFor(relative);

    // Assess
    expect(bundleFile).toBe(expected);
  });
});

describe('bundle', () => {
  it('makes one self-contained ESM file per entry, in memory', async () => {
    // Prepare
    const entries = [getNote, putNote];

    // Act
    const bundles = await bundle(FIXTURE_ROOT, entries);

    // Assess
    expect([...bundles.keys()]).toEqual([getNote.bundleFile, putNote.bundleFile]);
    const { code, exports, imports } = bundles.get(putNote.bundleFile)!;
    expect(exports.sort()).toEqual(['request', 'response']);
    expect(imports.sort()).toEqual(['@aws-appsync/utils', '@aws-appsync/utils/dynamodb']);
    expect(code).toContain('function noteKey(id)');
    expect(code).not.toMatch(/from "\.\.?\//);
    expect(code).toMatch(/^export \{/m);
    expect(existsSync(path.join(FIXTURE_ROOT, 'dist'))).toBe(false);
  });

  it('keeps a source map beside the bundle that points at the sources without embedding them', async () => {
    // Prepare
    const entries = [putNote];

    // Act
    const bundles = await bundle(FIXTURE_ROOT, entries);

    // Assess
    const built = bundles.get(putNote.bundleFile)!;
    const map = JSON.parse(built.sourceMap) as { sources: string[]; sourcesContent?: unknown };
    expect(built.code).not.toContain('sourceMappingURL');
    expect(map.sourcesContent).toBeUndefined();
    expect(map.sources.map(decodeURIComponent)).toEqual([
      '../../../resolvers/Mutation.addNote/2.putNote.[table].ts',
      '../../../resolvers/lib/keys.ts',
    ]);
  });

  it('fails with the source file named when a bundle exceeds the size limit', async () => {
    // Prepare
    const entries = [getNote, putNote];

    // Act
    const attempt = bundle(FIXTURE_ROOT, entries, { maxChars: 100 });

    // Assess
    await expect(attempt).rejects.toThrow(ManifestError);
    await expect(attempt).rejects.toThrow(/resolvers\/Query\.getNote\.\[table\]\.ts: bundle .* AppSync accepts at most 100/);
  });

  it('turns an esbuild error into a ManifestError naming file and position', async () => {
    // Prepare
    const entries = [{ sourceFile: 'broken/syntax-error/Query.getNote.[table].ts', bundleFile: getNote.bundleFile }];

    // Act
    const attempt = bundle(FIXTURE_ROOT, entries);

    // Assess
    await expect(attempt).rejects.toThrow('broken/syntax-error/Query.getNote.[table].ts: line 3, column 21: Unexpected ";"');
  });

  it('does nothing for an empty tree', async () => {
    // Prepare
    const entries: [] = [];

    // Act
    const bundles = await bundle(FIXTURE_ROOT, entries);

    // Assess
    expect(bundles.size).toBe(0);
  });
});
