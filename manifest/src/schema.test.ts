import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './__fixtures__/fixture-root';
import { ManifestError } from './errors';
import { loadSchema } from './schema';

describe('loadSchema', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'manifest-schema-'));
    await mkdir(path.join(root, 'schema'));
    await writeFile(path.join(root, 'schema', 'appsync.graphql'), 'scalar AWSDateTime\n');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('builds one schema from the AppSync built-ins and the deployed SDL', async () => {
    // Prepare
    const fixture = FIXTURE_ROOT;

    // Act
    const loaded = await loadSchema(fixture);

    // Assess
    expect(loaded.deploySchemaFile).toBe(path.join(fixture, 'schema', 'schema.graphql'));
    expect(loaded.localSchemaSdl).toMatch(/scalar AWSDateTime[\s\S]*type Note/);
    expect(loaded.schema.getType('AWSDateTime')).toBeDefined();
    expect(Object.keys(loaded.schema.getQueryType()!.getFields())).toEqual(['getNote', 'ping']);
  });

  it.each([
    ['a syntax error', 'type Query { ping: String', 'schema/schema.graphql: Syntax Error'],
    ['a redefined AWS scalar', 'scalar AWSDateTime\ntype Query { ping: String }', 'schema/schema.graphql: There can be only one type named "AWSDateTime"'],
    ['an unknown type', 'type Query { ping: Pong }', 'schema/schema.graphql: Unknown type "Pong"'],
  ])('fails on %s, naming schema.graphql', async (_case, sdl, message) => {
    // Prepare
    await writeFile(path.join(root, 'schema', 'schema.graphql'), sdl);

    // Act
    const attempt = loadSchema(root);

    // Assess
    await expect(attempt).rejects.toThrow(ManifestError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('fails when schema.graphql is missing', async () => {
    // Prepare
    const missing = root;

    // Act
    const attempt = loadSchema(missing);

    // Assess
    await expect(attempt).rejects.toThrow('schema/schema.graphql: cannot be read');
  });
});
