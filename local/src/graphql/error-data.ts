// util.error / appendError `data` as AppSync returns it: filtered by the field's selection set
// (appsync-spec.md §3, §8.3). Selected fields keep their response key (alias); fields the value lacks
// stay absent, since filtering adds nothing. Fragments are flattened: error data carries no type to match.
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

function project(value: unknown, selectionSets: readonly (SelectionSetNode | undefined)[], fragments: Fragments): unknown {
  const sets = selectionSets.filter((set): set is SelectionSetNode => set !== undefined);
  if (sets.length === 0 || value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((entry) => project(entry, sets, fragments));
  }
  const source = value as Record<string, unknown>;
  const fields = new Map<string, FieldNode[]>();
  const gather = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        gather(selection.selectionSet);
      } else {
        gather(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(gather);
  const shaped: Record<string, unknown> = {};
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (Object.prototype.hasOwnProperty.call(source, name)) {
      shaped[key] = project(source[name], nodes.map((node) => node.selectionSet), fragments);
    }
  }
  return shaped;
}

/** The error's data shaped by the selection of the field that raised it; leaves pass unchanged. */
export function errorDataFor(data: unknown, fieldNodes: readonly FieldNode[], fragments: Fragments): unknown {
  return project(data, fieldNodes.map((node) => node.selectionSet), fragments);
}
