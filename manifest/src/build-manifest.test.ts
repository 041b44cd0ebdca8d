import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenTree, FIXTURE_ROOT } from './__fixtures__/fixture-root';
import { buildManifest } from './build-manifest';
import { ManifestError } from './errors';
import { defaultRoot } from './paths';
import type { DataSourceSpec, PipelineResolverSpec, UnitResolverSpec } from './types';

const wiring = (manifest: Awaited<ReturnType<typeof buildManifest>>) =>
  manifest.resolvers.map((resolver) =>
    resolver.kind === 'UNIT'
      ? `${resolver.typeName}.${resolver.fieldName} UNIT [${resolver.dataSource}]`
      : `${resolver.typeName}.${resolver.fieldName} PIPELINE ${resolver.functions.map((fn) => `${fn.name}[${fn.dataSource}]`).join(' ')}`,
  );

describe('buildManifest', () => {
  it('wires the fixture tree: units, pipelines in order, data sources and schema', async () => {
    // Prepare
    const options = { root: FIXTURE_ROOT, write: false };

    // Act
    const manifest = await buildManifest(options);

    // Assess
    expect(manifest.root).toBe(FIXTURE_ROOT);
    expect(manifest.deploySchemaFile).toBe(path.join(FIXTURE_ROOT, 'schema', 'schema.graphql'));
    expect(manifest.localSchemaSdl).toMatch(/^# Fixture: the few AppSync built-ins[\s\S]*type Subscription/);
    expect(Object.keys(manifest.dataSources)).toEqual(['table', 'NONE', 'announcer', 'mailer', 'uploads', 'imageCheck']);
    expect(wiring(manifest)).toEqual([
      'Mutation.addNote PIPELINE Mutation_addNote_1_validate[NONE] Mutation_addNote_2_putNote[table]',
      'Mutation.removeNote PIPELINE Mutation_removeNote_1_deleteNote[table]',
      'Query.getNote UNIT [table]',
      'Query.ping UNIT [NONE]',
      'Subscription.onNote UNIT [NONE]',
    ]);
  });

  it('gives every code unit its source, its bundle path and its bundled code', async () => {
    // Prepare
    const options = { root: FIXTURE_ROOT, write: false };

    // Act
    const manifest = await buildManifest(options);

    // Assess
    const [addNote, removeNote, getNote] = manifest.resolvers as [
      PipelineResolverSpec,
      PipelineResolverSpec,
      UnitResolverSpec,
    ];
    expect(getNote.code).toMatchObject({
      sourceFile: 'resolvers/Query.getNote.[table].ts',
      bundleFile: 'dist/resolvers/Query.getNote.[table].js',
      code: expect.stringContaining('function noteKey(id)'),
    });
    expect(addNote.code.bundleFile).toBe('dist/resolvers/Mutation.addNote/index.js');
    expect(addNote.functions[1]).toMatchObject({
      order: 2,
      step: 'putNote',
      code: { bundleFile: 'dist/resolvers/Mutation.addNote/2.putNote.[table].js' },
    });
    // Relative to the fixture root, the generated step's source climbs out to manifest/src.
    expect(removeNote.code.sourceFile).toBe('../../pipeline-pass-through.ts');
    expect(removeNote.code.bundleFile).toBe('dist/resolvers/Mutation.removeNote/index.js');
    expect(removeNote.code.code).toContain('return ctx.prev.result;');
  });

  it('writes the bundles under dist/resolvers and nothing next to the sources', async () => {
    // Prepare
    const root = await mkdtemp(path.join(tmpdir(), 'manifest-build-'));
    await cp(path.join(FIXTURE_ROOT, 'schema'), path.join(root, 'schema'), { recursive: true });
    await cp(path.join(FIXTURE_ROOT, 'resolvers'), path.join(root, 'resolvers'), { recursive: true });
    const sourcesBefore = await readdir(path.join(root, 'resolvers'), { recursive: true });

    try {
      // Act
      const manifest = await buildManifest({ root });

      // Assess
      const units = manifest.resolvers.flatMap((r) => (r.kind === 'UNIT' ? [r.code] : [r.code, ...r.functions.map((f) => f.code)]));
      for (const unit of units) {
        expect(await readFile(path.join(root, unit.bundleFile), 'utf8')).toBe(unit.code);
      }
      const written = await readdir(path.join(root, 'dist', 'resolvers'), { recursive: true });
      expect(written.filter((name) => name.endsWith('.js')).sort()).toEqual(
        units.map((unit) => unit.bundleFile.replace('dist/resolvers/', '')).sort(),
      );
      expect(await readdir(path.join(root, 'resolvers'), { recursive: true })).toEqual(sourcesBefore);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it.each([
    ['unknown-type', 'Nope.getNote.[table].ts', 'type Nope is not in the schema'],
    ['unknown-field', 'Query.getNothing.[table].ts', 'field Query.getNothing is not in the schema'],
    ['input-type', 'NoteInput.text.[NONE].ts', 'not an object type'],
    ['unknown-data-source', 'Query.getNote.[notes].ts', 'unknown data source [notes]'],
    ['unknown-data-source-in-pipeline', 'Mutation.addNote/1.validate.[lambda].ts', 'unknown data source [lambda]'],
    ['duplicate-unit', 'Query.getNote.[table].ts', 'duplicate wiring'],
    ['duplicate-unit-and-pipeline', 'Query.getNote.[table].ts', 'also wired by broken/duplicate-unit-and-pipeline/Query.getNote'],
    ['duplicate-step', 'Mutation.addNote/1.validate.[NONE].ts', 'duplicate wiring: step 1'],
    ['malformed-unit', 'Query.getNote[table].ts', 'malformed resolver name'],
    ['malformed-unit-without-data-source', 'Query.getNote.ts', 'malformed resolver name'],
    ['malformed-folder', 'Mutation.addNote.[table]', 'malformed pipeline folder name'],
    ['malformed-function', 'Mutation.addNote/validate.[NONE].ts', 'malformed pipeline function name'],
    ['malformed-function-step', 'Mutation.addNote/1.put-note.[table].ts', 'malformed pipeline function name'],
    ['empty-pipeline', 'Mutation.addNote', 'no function files'],
    ['too-many-functions', 'Mutation.addNote', 'pipeline has 11 functions'],
    ['missing-response', 'Query.getNote.[table].ts', 'must export both request and response (missing: response)'],
    ['missing-request-in-function', 'Mutation.addNote/1.validate.[NONE].ts', '(missing: request)'],
    ['default-export-index', 'Mutation.addNote/index.ts', '(missing: request, response)'],
    ['node-import', 'Query.getNote.[table].ts', 'imports "node:crypto"'],
    ['syntax-error', 'Query.getNote.[table].ts', 'line 3, column 21: Unexpected ";"'],
    ['unresolved-import', 'Query.getNote.[table].ts', 'Could not resolve "./lib/missing"'],
  ])('rejects %s, naming %s', async (name, file, reason) => {
    // Prepare
    const resolversDir = brokenTree(name);

    // Act
    const attempt = buildManifest({ root: FIXTURE_ROOT, resolversDir, write: false });

    // Assess
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as ManifestError).message).toContain(`${resolversDir}/${file}: `);
    expect((error as ManifestError).message).toContain(reason);
  });

  it('builds another API from its own data sources, with direct Lambda resolvers sorted beside the files', async () => {
    // Prepare: the tree wires Query.getNote to [notes] only
    const dataSources: Record<string, DataSourceSpec> = {
      notes: { name: 'notes', kind: 'AMAZON_DYNAMODB', table: 'main' },
      summarizer: { name: 'summarizer', kind: 'AWS_LAMBDA', functionName: 'summarize' },
    };
    const directLambdaResolvers = { 'Query.ping': { dataSource: 'summarizer', maxBatchSize: 3 }, 'Mutation.addNote': { dataSource: 'summarizer' } };

    // Act
    const manifest = await buildManifest({ root: FIXTURE_ROOT, resolversDir: brokenTree('unknown-data-source'), dataSources, directLambdaResolvers, write: false });

    // Assess
    expect(wiring(manifest)).toEqual(['Query.getNote UNIT [notes]']);
    expect(manifest.dataSources).toEqual(dataSources);
    expect(manifest.directLambdaResolvers).toEqual([
      { kind: 'DIRECT_LAMBDA', typeName: 'Mutation', fieldName: 'addNote', dataSource: 'summarizer' },
      { kind: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'ping', dataSource: 'summarizer', maxBatchSize: 3 },
    ]);
  });

  describe('with schema files and declarations of its own', () => {
    let root: string;
    const build = (directLambdaResolvers: Record<string, { dataSource: string }>) =>
      buildManifest({
        root,
        builtInsFile: path.join(FIXTURE_ROOT, 'schema', 'appsync.graphql'),
        schemaFiles: ['api/base.graphql', 'api/more.graphql'],
        dataSources: { fn: { name: 'fn', kind: 'AWS_LAMBDA', functionName: 'fn' } },
        directLambdaResolvers,
        declaredIn: { dataSources: 'config.dataSources', directLambdaResolvers: 'config.directLambdaResolvers' },
        write: false,
      });

    beforeEach(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'manifest-api-'));
      await mkdir(path.join(root, 'api'));
      await mkdir(path.join(root, 'resolvers'));
      await writeFile(path.join(root, 'api', 'base.graphql'), 'type Query { ping: String }\n');
      await writeFile(path.join(root, 'api', 'more.graphql'), 'extend type Query { pong: AWSDateTime }\n');
    });

    afterEach(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('reads the built-ins, then every schema file in order', async () => {
      // Act
      const manifest = await build({ 'Query.pong': { dataSource: 'fn' } });

      // Assess
      expect(manifest.deploySchemaFile).toBe(path.join(root, 'api', 'base.graphql'));
      expect(manifest.localSchemaSdl).toMatch(/^# Fixture: the few AppSync built-ins[\s\S]*type Query \{ ping: String \}\n\nextend type Query/);
      expect(manifest.directLambdaResolvers.map((resolver) => resolver.fieldName)).toEqual(['pong']);
    });

    it('names the API’s own declarations in its problems', async () => {
      // Act
      const attempt = build({ 'Query.pang': { dataSource: 'gone' } });

      // Assess
      await expect(attempt).rejects.toThrow(
        'config.directLambdaResolvers: "Query.pang": field Query.pang is not in the schema\n' +
          'config.directLambdaResolvers: "Query.pang": unknown data source [gone] (declared in config.dataSources: fn)',
      );
    });
  });

  it('builds the real resolver tree against the real schema in well under 2 s', async () => {
    // Prepare
    const started = performance.now();

    // Act
    const manifest = await buildManifest({ write: false });

    // Assess
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(manifest.root).toBe(defaultRoot());
    expect(manifest.resolvers.length).toBeGreaterThan(0);
    for (const resolver of manifest.resolvers) {
      const units = resolver.kind === 'UNIT' ? [resolver.code] : [resolver.code, ...resolver.functions.map((f) => f.code)];
      for (const unit of units) {
        expect(unit.bundleFile).toMatch(/^dist\/resolvers\/.+\.js$/);
        expect(unit.code.length).toBeLessThanOrEqual(32_768);
      }
    }
  });
});
