// fieldSelection's cache: one answer per field of a document, reused by later executions of that document,
// never shared between documents or between different node lists of a field.
import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldSelection } from './selection-set';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Event implements Node { id: ID! title: String }
  type Venue implements Node { id: ID! city: String }
  type Query { node(id: ID!): Node }
`);

/** The info graphql-js hands the `node` resolver when it executes `document`. */
function nodeInfo(document: DocumentNode): GraphQLResolveInfo {
  const infos: GraphQLResolveInfo[] = [];
  execute({ schema, document, rootValue: { node: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => void infos.push(info) } });
  return infos[0];
}

describe('fieldSelection', () => {
  it('works a field out once per document and hands the same answer to later executions', () => {
    // Prepare
    const document = parse('query { node(id: "1") { id ... on Event { title } } }');
    const [first, second] = [nodeInfo(document), nodeInfo(document)];

    // Act
    const a = fieldSelection(first.fieldNodes, first.fragments);
    const b = fieldSelection(second.fieldNodes, second.fragments);

    // Assess
    expect(b).toBe(a);
    expect(a.list).toEqual(['id', 'title']);
    expect(a.graphql).toBe('{\n  id\n  ... on Event {\n    title\n  }\n}');
    expect(Object.isFrozen(a.list)).toBe(true);
  });

  it('answers each document for itself, even for the same query text', () => {
    // Prepare
    const infos = ['{ node(id: "1") { id } }', '{ node(id: "1") { id } }', '{ node(id: "1") { id ... on Venue { city } } }'].map((query) => nodeInfo(parse(query)));

    // Act
    const answers = infos.map((info) => fieldSelection(info.fieldNodes, info.fragments));

    // Assess
    expect(answers[1]).not.toBe(answers[0]);
    expect(answers.map((answer) => answer.list)).toEqual([['id'], ['id'], ['id', 'city']]);
  });

  it('keeps apart node lists that share their first node', () => {
    // Prepare
    const info = nodeInfo(parse('query { node(id: "1") { id } node(id: "1") { ... on Event { title } } }'));

    // Act
    const merged = fieldSelection(info.fieldNodes, info.fragments);
    const firstOnly = fieldSelection([info.fieldNodes[0]], info.fragments);

    // Assess
    expect(merged.list).toEqual(['id', 'title']);
    expect(firstOnly.list).toEqual(['id']);
  });
});
