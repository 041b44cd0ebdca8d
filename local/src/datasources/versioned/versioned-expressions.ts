// What a versioned write adds to the resolver's request: the metadata AppSync maintains (and refuses to let a
// request write), the `SET` of `_version`/`_lastChangedAt` merged into an update expression, and the guard that
// makes the write land only on the item version it was planned against.
import type { Condition, DynamoRequest, Expression } from '../dynamodb-request';
import type { WireItem } from './attribute-values';
import { versionOf } from './attribute-values';

/** Attributes AppSync owns on versioned data sources ("Conflict detection and resolution" → BadRequest). */
export const METADATA_ATTRIBUTES = ['_version', '_lastChangedAt', '_deleted', '_ttl'];

/** Our placeholders start with `_appsync_`, so they cannot meet a resolver's own `#name`/`:value`. */
const NAME = '#_appsync_';
const VALUE = ':_appsync_';

const BARE_METADATA = new RegExp(`(?<![#:\\w.])(${METADATA_ATTRIBUTES.join('|')})(?!\\w)`);

/** The metadata attribute a PutItem or UpdateItem tries to write itself, if any. */
export function metadataWritten(request: DynamoRequest): string | undefined {
  if (request.operation === 'PutItem') {
    return Object.keys(request.attributeValues ?? {}).find((name) => METADATA_ATTRIBUTES.includes(name));
  }
  if (request.operation === 'UpdateItem' && request.update) {
    const named = Object.values(request.update.expressionNames ?? {}).find((name) => METADATA_ATTRIBUTES.includes(name));
    return named ?? BARE_METADATA.exec(request.update.expression)?.[1];
  }
  return undefined;
}

/** `SET` is a reserved word, so a free-standing one is always the clause keyword (never a bare attribute name). */
const SET_CLAUSE = /(?<![#:\w.])SET(?=\s)/i;

/** The update expression with `SET name = value, …` for `values` added to its SET clause (or a new one). */
export function withAssignments(update: Expression | undefined, values: Record<string, Record<string, unknown>>): Expression {
  const names = Object.fromEntries(Object.keys(values).map((name, index) => [`${NAME}m${index}`, name]));
  const assignments = Object.keys(values).map((_, index) => `${NAME}m${index} = ${VALUE}m${index}`).join(', ');
  const placeholders = Object.fromEntries(Object.values(values).map((value, index) => [`${VALUE}m${index}`, value]));
  const expression = update?.expression?.trim() ?? '';
  const clause = SET_CLAUSE.exec(expression);
  const merged = clause
    ? `${expression.slice(0, clause.index + 3)} ${assignments},${expression.slice(clause.index + 3)}`
    : `${expression} SET ${assignments}`.trim();
  return {
    expression: merged,
    expressionNames: { ...update?.expressionNames, ...names },
    expressionValues: { ...update?.expressionValues, ...placeholders },
  };
}

/** Holds only while the item is still the one read: absent, unversioned, or at the version seen. */
export function versionGuard(key: WireItem, current: WireItem | undefined): Expression {
  const keyName = { [`${NAME}key`]: Object.keys(key)[0] };
  if (!current) return { expression: `attribute_not_exists(${NAME}key)`, expressionNames: keyName };
  const version = versionOf(current);
  const versionName = { [`${NAME}version`]: '_version' };
  if (version === undefined) {
    return { expression: `attribute_exists(${NAME}key) AND attribute_not_exists(${NAME}version)`, expressionNames: { ...keyName, ...versionName } };
  }
  return { expression: `${NAME}version = ${VALUE}expected`, expressionNames: versionName, expressionValues: { [`${VALUE}expected`]: { N: version } } };
}

/** Whether one pair of parentheses encloses the whole expression (DynamoDB refuses redundant ones). */
function enclosed(expression: string): boolean {
  if (!expression.startsWith('(')) return false;
  let depth = 0;
  for (let index = 0; index < expression.length; index += 1) {
    if (expression[index] === '(') depth += 1;
    else if (expression[index] === ')') depth -= 1;
    if (depth === 0) return index === expression.length - 1;
  }
  return false;
}

const grouped = (expression: string) => (enclosed(expression.trim()) ? expression.trim() : `(${expression.trim()})`);

/** The resolver's condition and the guard, both required. */
export function withGuard(condition: Condition | undefined, guard: Expression): Expression {
  if (!condition?.expression) return guard;
  return {
    expression: `${grouped(condition.expression)} AND ${grouped(guard.expression)}`,
    expressionNames: { ...condition.expressionNames, ...guard.expressionNames },
    expressionValues: { ...condition.expressionValues, ...guard.expressionValues },
  };
}
