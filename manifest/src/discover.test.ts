import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenTree, FIXTURE_ROOT } from './__fixtures__/fixture-root';
import { discover } from './discover';

describe('discover', () => {
  it('finds unit and pipeline resolvers, skipping lib/, __generated__/ and tests', async () => {
    // Prepare
    const resolversDir = path.join(FIXTURE_ROOT, 'resolvers');

    // Act
    const { resolvers, problems } = await discover(FIXTURE_ROOT, resolversDir);

    // Assess
    expect(problems).toEqual([]);
    expect(resolvers).toEqual([
      {
        kind: 'PIPELINE',
        typeName: 'Mutation',
        fieldName: 'addNote',
        folder: 'resolvers/Mutation.addNote',
        indexFile: 'resolvers/Mutation.addNote/index.ts',
        functions: [
          { order: 1, step: 'validate', dataSource: 'NONE', file: 'resolvers/Mutation.addNote/1.validate.[NONE].ts' },
          { order: 2, step: 'putNote', dataSource: 'table', file: 'resolvers/Mutation.addNote/2.putNote.[table].ts' },
        ],
      },
      {
        kind: 'PIPELINE',
        typeName: 'Mutation',
        fieldName: 'removeNote',
        folder: 'resolvers/Mutation.removeNote',
        indexFile: null,
        functions: [
          {
            order: 1,
            step: 'deleteNote',
            dataSource: 'table',
            file: 'resolvers/Mutation.removeNote/1.deleteNote.[table].ts',
          },
        ],
      },
      { kind: 'UNIT', typeName: 'Query', fieldName: 'getNote', dataSource: 'table', file: 'resolvers/Query.getNote.[table].ts' },
      { kind: 'UNIT', typeName: 'Query', fieldName: 'ping', dataSource: 'NONE', file: 'resolvers/Query.ping.[NONE].ts' },
      {
        kind: 'UNIT',
        typeName: 'Subscription',
        fieldName: 'onNote',
        dataSource: 'NONE',
        file: 'resolvers/Subscription.onNote.[NONE].ts',
      },
    ]);
  });

  it('orders pipeline functions by number, not by name (10 after 9)', async () => {
    // Prepare
    const resolversDir = path.join(FIXTURE_ROOT, brokenTree('too-many-functions'));

    // Act
    const { resolvers } = await discover(FIXTURE_ROOT, resolversDir);

    // Assess
    const [pipeline] = resolvers;
    expect(pipeline.kind === 'PIPELINE' && pipeline.functions.map((fn) => fn.order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it.each([
    ['malformed-unit', 'Query.getNote[table].ts', 'malformed resolver name'],
    ['malformed-unit-without-data-source', 'Query.getNote.ts', 'malformed resolver name'],
    ['malformed-folder', 'Mutation.addNote.[table]', 'malformed pipeline folder name'],
    ['malformed-function', 'Mutation.addNote/validate.[NONE].ts', 'malformed pipeline function name'],
    ['malformed-function-step', 'Mutation.addNote/1.put-note.[table].ts', 'malformed pipeline function name'],
    ['duplicate-step', 'Mutation.addNote/1.validate.[NONE].ts', 'step 1 is also'],
    ['empty-pipeline', 'Mutation.addNote', 'no function files'],
  ])('reports %s, naming %s', async (name, file, reason) => {
    // Prepare
    const tree = brokenTree(name);

    // Act
    const { problems } = await discover(FIXTURE_ROOT, path.join(FIXTURE_ROOT, tree));

    // Assess
    expect(problems).toEqual([{ file: `${tree}/${file}`, reason: expect.stringContaining(reason) }]);
  });

  it('reports a resolvers folder that does not exist', async () => {
    // Prepare
    const resolversDir = path.join(FIXTURE_ROOT, 'no-such-folder');

    // Act
    const { resolvers, problems } = await discover(FIXTURE_ROOT, resolversDir);

    // Assess
    expect(resolvers).toEqual([]);
    expect(problems).toEqual([{ file: 'no-such-folder', reason: expect.stringContaining('cannot be read') }]);
  });
});
