// Enhanced subscription filters (appsync-spec.md §10.4): checks a filter a subscription resolver set
// against AppSync's limits, and evaluates it on a published payload (groups OR'ed, filters AND'ed).
import { isDeepStrictEqual } from 'node:util';

export interface FilterEntry {
  fieldName: string;
  operator: FilterOperator;
  value: unknown;
}

/** A validated filter: `filterGroup` entries are OR'ed, the `filters` inside one are AND'ed. */
export interface SubscriptionFilter {
  filterGroup: { filters: FilterEntry[] }[];
}

export type FilterOperator = (typeof OPERATORS)[number];

const OPERATORS = ['eq', 'ne', 'le', 'lt', 'ge', 'gt', 'contains', 'notContains', 'beginsWith', 'in', 'notIn', 'between', 'containsAny'] as const;

/** AppSync's limits [S lambda-appsync subscription_filters.rs; messages O amplify-js datastore RTF errors]. */
export const FILTER_LIMITS = {
  groups: 10,
  filtersPerGroup: 5,
  pathDepth: 5,
  pathChars: 256,
  inValues: 5,
  containsAnyValues: 20,
} as const;

export type FilterCheck = { ok: true; filter: SubscriptionFilter } | { ok: false; message: string };

type Scalar = string | number | boolean;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNumber = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isScalar = (value: unknown): value is Scalar => isStringOrNumber(value) || typeof value === 'boolean';

function checkValue(entry: { fieldName: string; operator: FilterOperator; value: unknown }): string | undefined {
  const { fieldName, operator, value } = entry;
  const where = `filter ${operator} on ${fieldName}`;
  switch (operator) {
    case 'eq':
    case 'ne':
      return isScalar(value) ? undefined : `The ${where} needs a string, number or boolean value.`;
    case 'le':
    case 'lt':
    case 'ge':
    case 'gt':
    case 'contains':
    case 'notContains':
      return isStringOrNumber(value) ? undefined : `The ${where} needs a string or number value.`;
    case 'beginsWith':
      return typeof value === 'string' ? undefined : `The ${where} needs a string value.`;
    case 'between':
      return Array.isArray(value) && value.length === 2 && value.every(isStringOrNumber) && typeof value[0] === typeof value[1]
        ? undefined
        : `The ${where} needs [low, high] of two strings or two numbers.`;
    case 'in':
    case 'notIn':
      if (!Array.isArray(value) || value.length === 0 || !value.every(isStringOrNumber)) return `The ${where} needs a non-empty list of strings or numbers.`;
      return value.length > FILTER_LIMITS.inValues ? `Filters exceed maximum values limit ${FILTER_LIMITS.inValues} for operator ${operator} on ${fieldName}.` : undefined;
    case 'containsAny':
      if (!Array.isArray(value) || value.length === 0 || !value.every(isStringOrNumber)) return `The ${where} needs a non-empty list of strings or numbers.`;
      return value.length > FILTER_LIMITS.containsAnyValues
        ? `Filters exceed maximum values limit ${FILTER_LIMITS.containsAnyValues} for operator containsAny on ${fieldName}.`
        : undefined;
  }
}

function checkEntry(raw: unknown): FilterEntry | string {
  if (!isPlainObject(raw) || typeof raw.fieldName !== 'string' || typeof raw.operator !== 'string') {
    return 'Each filter needs a string "fieldName", a string "operator" and a "value".';
  }
  const { fieldName, operator, value } = raw;
  if (fieldName === '' || fieldName.length > FILTER_LIMITS.pathChars || fieldName.split('.').some((part) => part === '')) {
    return `Filter fieldName "${fieldName.slice(0, 40)}" must be a dotted path of at most ${FILTER_LIMITS.pathChars} characters.`;
  }
  if (fieldName.split('.').length > FILTER_LIMITS.pathDepth) {
    return `Filter fieldName "${fieldName}" is nested deeper than ${FILTER_LIMITS.pathDepth} levels.`;
  }
  if (!(OPERATORS as readonly string[]).includes(operator)) {
    return `Unsupported filter operator "${operator}" on ${fieldName}.`;
  }
  const entry = { fieldName, operator: operator as FilterOperator, value };
  return checkValue(entry) ?? entry;
}

/** Validates what a resolver passed to setSubscriptionFilter / setSubscriptionInvalidationFilter. */
export function checkSubscriptionFilter(raw: unknown): FilterCheck {
  if (!isPlainObject(raw) || !Array.isArray(raw.filterGroup)) {
    return { ok: false, message: 'A subscription filter must be an object with a "filterGroup" list.' };
  }
  if (raw.filterGroup.length > FILTER_LIMITS.groups) {
    return { ok: false, message: `Filters combination exceed maximum limit ${FILTER_LIMITS.groups} for subscription.` };
  }
  const filterGroup: SubscriptionFilter['filterGroup'] = [];
  for (const group of raw.filterGroup) {
    if (!isPlainObject(group) || !Array.isArray(group.filters) || group.filters.length === 0) {
      return { ok: false, message: 'Each filterGroup entry must be an object with a non-empty "filters" list.' };
    }
    if (group.filters.length > FILTER_LIMITS.filtersPerGroup) {
      return { ok: false, message: `Filters exceed maximum attributes limit ${FILTER_LIMITS.filtersPerGroup} for subscription.` };
    }
    const filters: FilterEntry[] = [];
    for (const raw of group.filters) {
      const entry = checkEntry(raw);
      if (typeof entry === 'string') return { ok: false, message: entry };
      if (filters.some((other) => other.fieldName === entry.fieldName)) {
        return { ok: false, message: `The filter uses same fieldName multiple time: ${entry.fieldName}.` };
      }
      filters.push(entry);
    }
    filterGroup.push({ filters });
  }
  return { ok: true, filter: { filterGroup } };
}

/** The value at a dotted path; undefined when any step is missing or not an object. */
function valueAt(payload: unknown, path: string): unknown {
  let current = payload;
  for (const part of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

function compare(actual: unknown, expected: unknown): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string') return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((element) => isDeepStrictEqual(element, expected));
  return typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected);
}

function holds({ fieldName, operator, value }: FilterEntry, payload: unknown): boolean {
  const actual = valueAt(payload, fieldName);
  // DIVERGENCE: for a field the payload lacks, AppSync's result is [U]; the negative operators
  // (ne, notIn, notContains) hold and every other operator fails.
  switch (operator) {
    case 'eq':
      return actual === value;
    case 'ne':
      return actual !== value;
    case 'le':
      return (compare(actual, value) ?? 1) <= 0;
    case 'lt':
      return (compare(actual, value) ?? 0) < 0;
    case 'ge':
      return (compare(actual, value) ?? -1) >= 0;
    case 'gt':
      return (compare(actual, value) ?? 0) > 0;
    case 'contains':
      return contains(actual, value);
    case 'notContains':
      return !contains(actual, value);
    case 'beginsWith':
      return typeof actual === 'string' && actual.startsWith(value as string);
    case 'in':
      return (value as unknown[]).includes(actual);
    case 'notIn':
      return !(value as unknown[]).includes(actual);
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      return (compare(actual, low) ?? -1) >= 0 && (compare(actual, high) ?? 1) <= 0;
    }
    case 'containsAny': {
      // A scalar field counts as a one-element list (Amplify's dynamic group auth relies on it) [U].
      const elements = Array.isArray(actual) ? actual : [actual];
      return (value as unknown[]).some((candidate) => elements.includes(candidate));
    }
  }
}

/**
 * True when at least one group has all its filters hold. A filter without groups (what
 * util.transform.toSubscriptionFilter({}) returns) constrains nothing [U].
 */
export function matchesFilter(filter: SubscriptionFilter, payload: unknown): boolean {
  if (filter.filterGroup.length === 0) return true;
  return filter.filterGroup.some((group) => group.filters.every((entry) => holds(entry, payload)));
}
