// ctx.info.selectionSetList / selectionSetGraphQL (appsync-spec.md §2): the field's own selection,
// fragments flattened for the list, aliases shown under their alias.
import { Kind, print, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

function collect(selectionSet: SelectionSetNode | undefined, fragments: Fragments, prefix: string, into: string[]): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name === '__typename') {
        continue;
      }
      const path = prefix ? `${prefix}/${name}` : name;
      into.push(path);
      collect(selection.selectionSet, fragments, path, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, fragments, prefix, into);
    } else {
      collect(fragments[selection.name.value]?.selectionSet, fragments, prefix, into);
    }
  }
}

export function selectionSetList(fieldNodes: readonly FieldNode[], fragments: Fragments): string[] {
  const list: string[] = [];
  for (const node of fieldNodes) {
    collect(node.selectionSet, fragments, '', list);
  }
  return [...new Set(list)];
}

export function selectionSetGraphQL(fieldNodes: readonly FieldNode[]): string {
  const selectionSet = fieldNodes[0]?.selectionSet;
  return selectionSet ? print(selectionSet) : '';
}
