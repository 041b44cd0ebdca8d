import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkDirectLambdaResolvers, checkModule, checkWiring, HERALD_DECLARATIONS, MAX_PIPELINE_FUNCTIONS } from './check';
import { dataSources } from './datasources';
import type { DiscoveredPipeline, DiscoveredResolver } from './discover';

const schema = buildSchema(`
  type Note { id: ID! }
  input NoteInput { text: String! }
  type Query { getNote(id: ID!): Note }
  type Mutation { addNote(input: NoteInput!): Note! }
`);

const unit = (typeName: string, fieldName: string, dataSource = 'table'): DiscoveredResolver => ({
  kind: 'UNIT',
  typeName,
  fieldName,
  dataSource,
  file: `resolvers/${typeName}.${fieldName}.[${dataSource}].ts`,
});

const pipeline = (functionCount: number, dataSource = 'NONE'): DiscoveredPipeline => ({
  kind: 'PIPELINE',
  typeName: 'Mutation',
  fieldName: 'addNote',
  folder: 'resolvers/Mutation.addNote',
  indexFile: null,
  functions: Array.from({ length: functionCount }, (_, i) => ({
    order: i + 1,
    step: `step${i + 1}`,
    dataSource,
    file: `resolvers/Mutation.addNote/${i + 1}.step${i + 1}.[${dataSource}].ts`,
  })),
});

describe('checkWiring', () => {
  it('accepts resolvers on existing fields with declared data sources', () => {
    // Prepare
    const resolvers = [unit('Query', 'getNote'), pipeline(MAX_PIPELINE_FUNCTIONS)];

    // Act
    const problems = checkWiring(resolvers, schema, dataSources);

    // Assess
    expect(problems).toEqual([]);
  });

  it.each([
    ['an unknown type', [unit('Nope', 'getNote')], 'resolvers/Nope.getNote.[table].ts', 'type Nope is not in the schema'],
    ['an unknown field', [unit('Query', 'getNothing')], 'resolvers/Query.getNothing.[table].ts', 'field Query.getNothing'],
    ['a field of an input type', [unit('NoteInput', 'text', 'NONE')], 'resolvers/NoteInput.text.[NONE].ts', 'not an object type'],
    ['an unknown data source', [unit('Query', 'getNote', 'notes')], 'resolvers/Query.getNote.[notes].ts', '[notes]'],
    ['an unknown data source in a function', [pipeline(1, 'fn')], 'resolvers/Mutation.addNote/1.step1.[fn].ts', '[fn]'],
    [
      'a field wired twice',
      [unit('Query', 'getNote', 'NONE'), unit('Query', 'getNote')],
      'resolvers/Query.getNote.[table].ts',
      'also wired by resolvers/Query.getNote.[NONE].ts',
    ],
    ['too many functions', [pipeline(MAX_PIPELINE_FUNCTIONS + 1)], 'resolvers/Mutation.addNote', 'at most 10'],
  ])('reports %s', (_case, resolvers, file, reason) => {
    // Prepare
    const declared = dataSources;

    // Act
    const problems = checkWiring(resolvers, schema, declared);

    // Assess
    expect(problems).toEqual([{ file, reason: expect.stringContaining(reason) }]);
  });
});

describe('checkDirectLambdaResolvers', () => {
  it('accepts a schema field on a Lambda data source, with or without a batch size', () => {
    // Prepare
    const declarations = { 'Query.getNote': { dataSource: 'announcer' }, 'Mutation.addNote': { dataSource: 'mailer', maxBatchSize: 2000 } };

    // Act
    const problems = checkDirectLambdaResolvers(declarations, [], schema, dataSources);

    // Assess
    expect(problems).toEqual([]);
  });

  it.each([
    ['a key that is no coordinate', { 'Query-getNote': { dataSource: 'announcer' } }, '"Query-getNote": expected <Type>.<field>'],
    ['an unknown field', { 'Query.getNothing': { dataSource: 'announcer' } }, '"Query.getNothing": field Query.getNothing is not in the schema'],
    ['an unknown data source', { 'Query.getNote': { dataSource: 'nope' } }, '"Query.getNote": unknown data source [nope] (declared in manifest/src/datasources.ts: table, NONE'],
    ['a DynamoDB data source', { 'Query.getNote': { dataSource: 'table' } }, 'data source [table] is AMAZON_DYNAMODB; a resolver without code needs an AWS_LAMBDA data source'],
    ['a batch size over AppSync’s range', { 'Query.getNote': { dataSource: 'announcer', maxBatchSize: 2001 } }, 'maxBatchSize must be an integer from 0 to 2000, not 2001'],
    ['a fractional batch size', { 'Query.getNote': { dataSource: 'announcer', maxBatchSize: 1.5 } }, 'not 1.5'],
  ])('reports %s, naming the declaration file', (_case, declarations, reason) => {
    // Act
    const problems = checkDirectLambdaResolvers(declarations, [], schema, dataSources);

    // Assess
    expect(problems).toEqual([{ file: HERALD_DECLARATIONS.directLambdaResolvers, reason: expect.stringContaining(reason) }]);
  });

  it('reports a field that a resolver file wires too', () => {
    // Prepare
    const wired = [unit('Query', 'getNote')];

    // Act
    const problems = checkDirectLambdaResolvers({ 'Query.getNote': { dataSource: 'announcer' } }, wired, schema, dataSources);

    // Assess
    expect(problems).toEqual([
      { file: HERALD_DECLARATIONS.directLambdaResolvers, reason: '"Query.getNote": duplicate wiring: Query.getNote is also wired by resolvers/Query.getNote.[table].ts' },
    ]);
  });
});

describe('checkModule', () => {
  it('accepts request + response importing only runtime modules', () => {
    // Prepare
    const bundle = { exports: ['request', 'response'], imports: ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb'] };

    // Act
    const problems = checkModule('resolvers/Query.getNote.[table].ts', bundle);

    // Assess
    expect(problems).toEqual([]);
  });

  it.each([
    ['no response', { exports: ['request'], imports: [] }, 'missing: response'],
    ['no request', { exports: ['response'], imports: [] }, 'missing: request'],
    ['only a default export', { exports: ['default'], imports: [] }, 'missing: request, response'],
    ['a Node built-in import', { exports: ['request', 'response'], imports: ['node:crypto'] }, '"node:crypto"'],
  ])('reports %s', (_case, bundle, reason) => {
    // Prepare
    const sourceFile = 'resolvers/Query.getNote.[table].ts';

    // Act
    const problems = checkModule(sourceFile, bundle);

    // Assess
    expect(problems).toEqual([{ file: sourceFile, reason: expect.stringContaining(reason) }]);
  });
});
