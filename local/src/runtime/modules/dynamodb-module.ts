// The `@aws-appsync/utils/dynamodb` module (spec §4): builders for DynamoDB data-source requests.
// Keys, items and values become DynamoDB JSON with numbers kept numeric, as EvaluateCode returns them.

import { dynamodbValues, toMapValues } from '../util/dynamodb-values';
import { toExpressionObject } from '../util/filter-expression';
import { OPERATION, toUpdateExpression } from './update-expression';

type Input = Record<string, unknown>;

function projectionOf(projection: unknown): { expression: string; expressionNames: Record<string, string> } | undefined {
  if (!Array.isArray(projection) || projection.length === 0) return undefined;
  const names: Record<string, string> = {};
  const byName = new Map<string, string>();
  const nameOf = (segment: string): string => {
    let placeholder = byName.get(segment);
    if (!placeholder) {
      placeholder = `#projection_${byName.size}`;
      byName.set(segment, placeholder);
      names[placeholder] = segment;
    }
    return placeholder;
  };
  const paths = projection.map((path) =>
    String(path)
      .split('.')
      .map((segment) => {
        const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
        return m ? nameOf(m[1]) + m[2] : nameOf(segment);
      })
      .join('.'),
  );
  return { expression: paths.join(', '), expressionNames: names };
}

/** Copies the optional fields that are set, in the order given. */
function withOptional(target: Input, source: Input, keys: string[]): Input {
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) target[key] = source[key];
  return target;
}

function conditionOf(condition: unknown) {
  return condition === undefined || condition === null ? undefined : toExpressionObject(condition) ?? undefined;
}

function withCondition(target: Input, condition: unknown): Input {
  const converted = conditionOf(condition);
  if (converted) target.condition = converted;
  return target;
}

function withProjection(target: Input, projection: unknown): Input {
  const converted = projectionOf(projection);
  if (converted) target.projection = converted;
  return target;
}

const KEY_OPERATORS: Record<string, string> = { eq: '=', le: '<=', lt: '<', ge: '>=', gt: '>' };

function keyCondition(query: unknown) {
  if (typeof query !== 'object' || query === null) throw new TypeError('query must be an object of key conditions');
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const [field, ops] of Object.entries(query)) {
    if (ops === undefined || ops === null) continue;
    const name = `#${field}`;
    names[name] = field;
    for (const [op, operand] of Object.entries(ops as Input)) {
      if (operand === undefined) continue;
      const v = `:${field}_${op}`;
      if (op in KEY_OPERATORS) {
        parts.push(`${name} ${KEY_OPERATORS[op]} ${v}`);
        values[v] = dynamodbValues.toDynamoDB(operand);
      } else if (op === 'beginsWith') {
        parts.push(`begins_with(${name},${v})`);
        values[v] = dynamodbValues.toDynamoDB(operand);
      } else if (op === 'between') {
        const [low, high] = operand as unknown[];
        parts.push(`${name} BETWEEN ${v}_1 AND ${v}_2`);
        values[`${v}_1`] = dynamodbValues.toDynamoDB(low);
        values[`${v}_2`] = dynamodbValues.toDynamoDB(high);
      } else {
        throw new TypeError(`unsupported key condition operator '${op}' on ${field}`);
      }
    }
  }
  return { expression: parts.join(' AND '), expressionNames: names, expressionValues: values };
}

function listRequest(operation: string, payload: Input): Input {
  const out: Input = { operation };
  if (operation === 'Query') out.query = keyCondition(payload.query);
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'query' || value === undefined || value === null) continue;
    if (key === 'filter') {
      const filter = toExpressionObject(value);
      if (filter) out.filter = filter;
    } else if (key === 'projection') withProjection(out, value);
    else out[key] = value;
  }
  return out;
}

const WRITE_OPTIONS = ['customPartitionKey', 'populateIndexFields', '_version'];

function put(payload: Input): Input {
  const out: Input = { operation: 'PutItem', key: toMapValues(payload.key), attributeValues: toMapValues(payload.item ?? {}) };
  return withOptional(withCondition(out, payload.condition), payload, WRITE_OPTIONS);
}

function update(payload: Input): Input {
  const out: Input = { operation: 'UpdateItem', key: toMapValues(payload.key), update: toUpdateExpression(payload.update) };
  return withOptional(withCondition(out, payload.condition), payload, WRITE_OPTIONS);
}

function remove(payload: Input): Input {
  const out: Input = { operation: 'DeleteItem', key: toMapValues(payload.key) };
  return withOptional(withCondition(out, payload.condition), payload, WRITE_OPTIONS);
}

function transactItem(item: Input): Input {
  const [kind, body] = Object.entries(item)[0] ?? [];
  const spec = (body ?? {}) as Input;
  const base: Input = { table: spec.table };
  switch (kind) {
    case 'putItem':
      return withCondition({ ...base, operation: 'PutItem', key: toMapValues(spec.key), attributeValues: toMapValues(spec.item ?? {}) }, spec.condition);
    case 'updateItem':
      return withCondition({ ...base, operation: 'UpdateItem', key: toMapValues(spec.key), update: toUpdateExpression(spec.update) }, spec.condition);
    case 'deleteItem':
      return withCondition({ ...base, operation: 'DeleteItem', key: toMapValues(spec.key) }, spec.condition);
    case 'conditionCheck':
      return withCondition({ ...base, operation: 'ConditionCheck', key: toMapValues(spec.key) }, spec.condition);
    default:
      throw new TypeError(`unknown transactWrite item '${String(kind)}'`);
  }
}

function tablesOf(payload: Input): Record<string, unknown> {
  if (typeof payload.tables !== 'object' || payload.tables === null) throw new TypeError('tables must be an object');
  return payload.tables as Record<string, unknown>;
}

function mapTables(payload: Input, fn: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tablesOf(payload)).map(([table, value]) => [table, fn(value)]));
}

export const dynamodbModule = {
  get: (payload: Input) =>
    withProjection(withOptional({ operation: 'GetItem', key: toMapValues(payload.key) }, payload, ['consistentRead']), payload.projection),
  put,
  update,
  remove,
  query: (payload: Input) => listRequest('Query', payload),
  scan: (payload: Input = {}) => listRequest('Scan', payload ?? {}),
  sync: (payload: Input = {}) => listRequest('Sync', payload ?? {}),
  batchGet: (payload: Input) => ({
    operation: 'BatchGetItem',
    tables: mapTables(payload, (spec) => {
      const s = spec as Input;
      const out = withOptional({ keys: (s.keys as unknown[]).map(toMapValues) }, s, ['consistentRead']);
      return withProjection(out, s.projection);
    }),
  }),
  batchPut: (payload: Input) => ({ operation: 'BatchPutItem', tables: mapTables(payload, (items) => (items as unknown[]).map(toMapValues)) }),
  batchDelete: (payload: Input) => ({ operation: 'BatchDeleteItem', tables: mapTables(payload, (keys) => (keys as unknown[]).map(toMapValues)) }),
  transactGet: (payload: Input) => ({
    operation: 'TransactGetItems',
    transactItems: (payload.items as Input[]).map((item) =>
      withProjection({ table: item.table, key: toMapValues(item.key) }, item.projection)),
  }),
  transactWrite: (payload: Input) => ({ operation: 'TransactWriteItems', transactItems: (payload.items as Input[]).map(transactItem) }),
  toStringSet: dynamodbValues.toStringSet,
  toNumberSet: dynamodbValues.toNumberSet,
  toBinarySet: dynamodbValues.toBinarySet,
  operations: {
    add: (value: unknown) => ({ type: OPERATION.ADD, value }),
    remove: () => ({ type: OPERATION.REMOVE }),
    replace: (value: unknown) => ({ type: OPERATION.REPLACE, value }),
    increment: (by?: number) => ({ type: OPERATION.INCREMENT, by }),
    decrement: (by?: number) => ({ type: OPERATION.DECREMENT, by }),
    append: (items: unknown[]) => ({ type: OPERATION.APPEND, items }),
    prepend: (items: unknown[]) => ({ type: OPERATION.PREPEND, items }),
    updateListItem: (value: unknown, index: number) => ({ type: OPERATION.UPDATE_LIST_ITEM, value, index }),
  },
};
