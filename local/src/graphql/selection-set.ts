// ctx.info.selectionSetList / selectionSetGraphQL (appsync-spec.md §2): the field's own selection,
// fragments flattened for the list, aliases shown under their alias; worked out once per field of a
// cached document rather than once per resolver call.
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

export interface FieldSelection {
  list: readonly string[];
  graphql: string;
}

// Keyed by the field's first node, so entries go when the document does; a field's node list can differ
// by the parent's runtime type (fragments on abstract types), hence a short list per first node.
const selections = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; selection: FieldSelection }[]>();

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((node, index) => node === b[index]);
}

/** Both selection views of a field being executed; `fragments` must be its document's (info.fragments). */
export function fieldSelection(fieldNodes: readonly FieldNode[], fragments: Fragments): FieldSelection {
  const first = fieldNodes[0];
  const entries = selections.get(first) ?? [];
  const hit = entries.find((entry) => sameNodes(entry.nodes, fieldNodes));
  if (hit) {
    return hit.selection;
  }
  const selection: FieldSelection = { list: Object.freeze(selectionSetList(fieldNodes, fragments)), graphql: selectionSetGraphQL(fieldNodes) };
  entries.push({ nodes: [...fieldNodes], selection });
  selections.set(first, entries);
  return selection;
}
