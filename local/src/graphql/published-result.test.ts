// The published mutation result: response keys (aliases, fragments, repeated fields) back to field names.
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { canonicalize } from './published-result';

/** The root field of a one-field mutation document, and the document's fragments. */
function rootField(query: string): { field: FieldNode; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return { field: operation.selectionSet.selections[0] as FieldNode, fragments };
}

describe('canonicalize', () => {
  it.each<[string, string, unknown, unknown]>([
    ['keeps plain field names', 'mutation { m { id title } }', { id: '1', title: 'T' }, { id: '1', title: 'T' }],
    ['renames aliases to field names', 'mutation { m { key: id heading: title } }', { key: '1', heading: 'T' }, { id: '1', title: 'T' }],
    ['renames inside nested objects and lists', 'mutation { m { items: tags { label: name } } }', { items: [{ label: 'a' }, { label: 'b' }] }, { tags: [{ name: 'a' }, { name: 'b' }] }],
    ['merges one field selected under two aliases', 'mutation { m { a: meta { x } b: meta { y } } }', { a: { x: 1 }, b: { y: 2 } }, { meta: { x: 1, y: 2 } }],
    ['flattens inline fragments and named fragments', 'mutation { m { id ... on T { title } ...F } } fragment F on T { group: team }', { id: '1', title: 'T', group: 'g' }, { id: '1', title: 'T', team: 'g' }],
    ['leaves out fields @skip removed from the result', 'mutation { m { id title @skip(if: true) } }', { id: '1' }, { id: '1' }],
    ['passes null through', 'mutation { m { id meta { x } } }', { id: '1', meta: null }, { id: '1', meta: null }],
  ])('%s', (_name, query, value, expected) => {
    // Prepare
    const { field, fragments } = rootField(query);

    // Act
    const canonical = canonicalize(value, field.selectionSet, fragments);

    // Assess
    expect(canonical).toEqual(expected);
  });
});
