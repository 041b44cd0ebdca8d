// util.transform.toSubscriptionFilter: a filter object with and/or becomes AppSync's
// {filterGroup:[{filters:[…]}]} (groups OR'ed, filters AND'ed), i.e. disjunctive normal form.

export interface FilterEntry {
  fieldName: string;
  operator: string;
  value: unknown;
}

type Group = FilterEntry[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cross(left: Group[], right: Group[]): Group[] {
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

function groupsOf(filter: unknown, ignored: Set<string>): Group[] {
  if (!isPlainObject(filter)) throw new TypeError('a subscription filter must be an object');
  let groups: Group[] = [[]];
  for (const [key, value] of Object.entries(filter)) {
    if (ignored.has(key) || value === undefined || value === null) continue;
    if (key === 'and') {
      for (const sub of value as unknown[]) groups = cross(groups, groupsOf(sub, ignored));
    } else if (key === 'or') {
      groups = cross(groups, (value as unknown[]).flatMap((sub) => groupsOf(sub, ignored)));
    } else {
      if (!isPlainObject(value)) throw new TypeError(`the filter for ${key} must be an object of operators`);
      const entries = Object.entries(value).map(([operator, operand]) => ({ fieldName: key, operator, value: operand }));
      groups = groups.map((group) => [...group, ...entries]);
    }
  }
  return groups;
}

export function toSubscriptionFilter(
  filter: unknown,
  ignoredFields?: string[] | null,
  rules?: Record<string, unknown> | null,
): { filterGroup: { filters: FilterEntry[] }[] } {
  const ignored = new Set(ignoredFields ?? []);
  let groups = groupsOf(filter, ignored);
  if (isPlainObject(rules) && Object.keys(rules).length > 0) {
    // Each rule is an alternative: the filter must hold together with at least one rule.
    const alternatives = groupsOf(rules, new Set()).flatMap((group) => group.map((entry) => [entry]));
    groups = cross(groups, alternatives);
  }
  return { filterGroup: groups.filter((group) => group.length > 0).map((filters) => ({ filters })) };
}
