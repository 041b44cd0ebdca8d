// What a mutation publishes (appsync-spec.md §10.3 step 2): its result as the mutating request
// selected it, re-keyed from response keys (aliases) to field names, because subscription
// arguments, enhanced filters and subscriber selections all name fields, not aliases.
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Combines two selections of one field (e.g. under two aliases) into one value. */
function merge(existing: unknown, value: unknown): unknown {
  if (isPlainObject(existing) && isPlainObject(value)) {
    for (const [key, nested] of Object.entries(value)) existing[key] = Object.hasOwn(existing, key) ? merge(existing[key], nested) : nested;
    return existing;
  }
  if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length) {
    return existing.map((element, index) => merge(element, value[index]));
  }
  return existing;
}

function collect(value: Record<string, unknown>, selectionSet: SelectionSetNode, fragments: Fragments, into: Record<string, unknown>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      // Absent when @skip/@include left it out, or when the value belongs to another fragment type.
      if (!Object.hasOwn(value, key)) continue;
      const name = selection.name.value;
      const canonical = canonicalize(value[key], selection.selectionSet, fragments);
      into[name] = Object.hasOwn(into, name) ? merge(into[name], canonical) : canonical;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(value, selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(value, fragment.selectionSet, fragments, into);
    }
  }
}

/** The value of one field of a GraphQL result, keyed by field names instead of response keys. */
export function canonicalize(value: unknown, selectionSet: SelectionSetNode | undefined, fragments: Fragments): unknown {
  if (selectionSet === undefined || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((element) => canonicalize(element, selectionSet, fragments));
  if (!isPlainObject(value)) return value;
  const into: Record<string, unknown> = {};
  collect(value, selectionSet, fragments, into);
  return into;
}
