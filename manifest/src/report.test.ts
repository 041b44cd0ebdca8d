import { describe, expect, it } from 'vitest';
import { formatReport } from './report';
import type { Manifest } from './types';

const unit = (bundleFile: string, size: number) => ({ sourceFile: 'x.ts', bundleFile, code: 'x'.repeat(size) });

describe('formatReport', () => {
  it('lists each resolver and function with data source and size, then the largest bundle', () => {
    // Prepare
    const manifest: Manifest = {
      root: '/repo',
      deploySchemaFile: '/repo/schema/schema.graphql',
      localSchemaSdl: '',
      dataSources: {},
      resolvers: [
        {
          kind: 'PIPELINE',
          typeName: 'Mutation',
          fieldName: 'addNote',
          code: unit('dist/resolvers/Mutation.addNote/index.js', 90),
          functions: [
            {
              name: 'Mutation_addNote_1_putNote',
              order: 1,
              step: 'putNote',
              dataSource: 'table',
              code: unit('dist/resolvers/Mutation.addNote/1.putNote.[table].js', 4_096),
            },
          ],
        },
        {
          kind: 'UNIT',
          typeName: 'Query',
          fieldName: 'ping',
          dataSource: 'NONE',
          code: unit('dist/resolvers/Query.ping.[NONE].js', 120),
        },
      ],
      directLambdaResolvers: [],
    };

    // Act
    const report = formatReport(manifest, 41.6);

    // Assess
    expect(report.split('\n')).toEqual([
      '2 resolvers, 3 code units bundled in 42 ms',
      'Mutation.addNote  pipeline  -         90 chars  dist/resolvers/Mutation.addNote/index.js',
      '  1. putNote      function  table  4,096 chars  dist/resolvers/Mutation.addNote/1.putNote.[table].js',
      'Query.ping        unit      NONE     120 chars  dist/resolvers/Query.ping.[NONE].js',
      'largest bundle: dist/resolvers/Mutation.addNote/1.putNote.[table].js (4,096 of 32,768 chars, 13%)',
      '',
    ]);
  });

  it('says so when there is nothing to bundle', () => {
    // Prepare
    const manifest: Manifest = { root: '/r', deploySchemaFile: '/r/s', localSchemaSdl: '', dataSources: {}, resolvers: [], directLambdaResolvers: [] };

    // Act
    const report = formatReport(manifest, 3);

    // Assess
    expect(report).toBe('0 resolvers, 0 code units bundled in 3 ms\n');
  });

  it('lists direct Lambda resolvers with their data source and no code', () => {
    // Prepare
    const manifest: Manifest = {
      root: '/r',
      deploySchemaFile: '/r/s',
      localSchemaSdl: '',
      dataSources: {},
      resolvers: [{ kind: 'UNIT', typeName: 'Query', fieldName: 'ping', dataSource: 'NONE', code: unit('dist/resolvers/Query.ping.[NONE].js', 120) }],
      directLambdaResolvers: [{ kind: 'DIRECT_LAMBDA', typeName: 'Query', fieldName: 'summary', dataSource: 'summarizer', maxBatchSize: 5 }],
    };

    // Act
    const report = formatReport(manifest, 3);

    // Assess
    expect(report.split('\n')).toEqual([
      '2 resolvers, 1 code units bundled in 3 ms',
      'Query.ping     unit    NONE        120 chars  dist/resolvers/Query.ping.[NONE].js',
      'Query.summary  direct  summarizer    -        no code',
      'largest bundle: dist/resolvers/Query.ping.[NONE].js (120 of 32,768 chars, 0%)',
      '',
    ]);
  });
});
