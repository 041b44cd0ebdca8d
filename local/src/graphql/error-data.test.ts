import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorDataFor } from './error-data';

function rootField(document: string): { nodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment]),
  );
  return { nodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const item = { pk: 'NOTE#1', id: '1', title: 'T', _version: 2, author: { name: 'A', email: 'a@x' }, tags: [{ label: 'x', weight: 1 }] };

describe('errorDataFor', () => {
  it.each([
    ['keeps only the selected fields', '{ note { id title } }', { id: '1', title: 'T' }],
    ['answers under aliases', '{ note { key: id } }', { key: '1' }],
    ['shapes nested objects and lists', '{ note { author { name } tags { label } } }', { author: { name: 'A' }, tags: [{ label: 'x' }] }],
    ['flattens inline fragments and fragment spreads', '{ note { ... on Note { id } ...More } } fragment More on Note { _version }', { id: '1', _version: 2 }],
    ['adds nothing the data lacks', '{ note { id missing } }', { id: '1' }],
  ])('%s', (_case, document, expected) => {
    // Prepare
    const { nodes, fragments } = rootField(document);
    // Act
    const shaped = errorDataFor(item, nodes, fragments);
    // Assess
    expect(shaped).toEqual(expected);
  });

  it.each([
    ['a leaf field', '{ raise }', item],
    ['null data', '{ note { id } }', null],
    ['a scalar under a selection', '{ note { id } }', 'plain'],
  ])('passes %s through unchanged', (_case, document, data) => {
    // Prepare
    const { nodes, fragments } = rootField(document);
    // Act
    const shaped = errorDataFor(data, nodes, fragments);
    // Assess
    expect(shaped).toEqual(data);
  });
});
