// util.transform.toDynamoDBFilterExpression / toDynamoDBConditionExpression (spec §3.4).
// Placeholders are `#<attr>` and `:<prefix_><attr>_<op>`; every clause is parenthesised and clauses are
// joined with ` AND `, which reproduces the EvaluateCode goldens byte for byte.

import { toDynamoDB, type AttributeValue } from './dynamodb-values';

interface Expression {
  text: string;
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
  /** true when the text is several clauses joined at top level, so it needs parentheses when nested */
  compound?: boolean;
}

function nested(expression: Expression): string {
  return expression.compound ? `(${expression.text})` : expression.text;
}

const COMPARATORS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FUNCTIONS: Record<string, string> = { contains: 'contains', notContains: 'NOT contains', beginsWith: 'begins_with' };
const ATTRIBUTE_TYPES: Record<string, string> = {
  string: 'S', stringSet: 'SS', number: 'N', numberSet: 'NS', binary: 'B', binarySet: 'BS',
  boolean: 'BOOL', list: 'L', map: 'M', _null: 'NULL',
};

function placeholder(...parts: (string | number | null)[]): string {
  return `:${parts.filter((part) => part !== null && part !== '').join('_')}`;
}

function prefixed(prefix: string | null, ...parts: (string | number)[]): string {
  return [prefix, ...parts].filter((part) => part !== null && part !== '').join('_');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function combine(parts: Expression[], joiner: 'AND' | 'OR'): Expression | null {
  const present = parts.filter((part) => part.text !== '');
  if (present.length === 0) return null;
  const text = present.length === 1 ? nested(present[0]) : `(${present.map(nested).join(` ${joiner} `)})`;
  return {
    text,
    names: Object.assign({}, ...present.map((p) => p.names)),
    values: Object.assign({}, ...present.map((p) => p.values)),
  };
}

function operatorClause(field: string, op: string, value: unknown, prefix: string | null): Expression {
  const name = `#${field}`;
  const names = { [name]: field };
  if (op in COMPARATORS) {
    const v = placeholder(prefix, field, op);
    return { text: `(${name} ${COMPARATORS[op]} ${v})`, names, values: { [v]: toDynamoDB(value) } };
  }
  if (op in FUNCTIONS) {
    const v = placeholder(prefix, field, op);
    return { text: `(${FUNCTIONS[op]}(${name},${v}))`, names, values: { [v]: toDynamoDB(value) } };
  }
  switch (op) {
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      const v1 = placeholder(prefix, field, 'between_1');
      const v2 = placeholder(prefix, field, 'between_2');
      return { text: `(${name} BETWEEN ${v1} AND ${v2})`, names, values: { [v1]: toDynamoDB(low), [v2]: toDynamoDB(high) } };
    }
    case 'in': {
      const list = value as unknown[];
      const values: Record<string, AttributeValue> = {};
      const refs = list.map((item, i) => {
        const v = placeholder(prefix, field, 'in', i);
        values[v] = toDynamoDB(item);
        return v;
      });
      return { text: `(${name} IN (${refs.join(',')}))`, names, values };
    }
    case 'attributeExists':
      return { text: `(${value ? 'attribute_exists' : 'attribute_not_exists'}(${name}))`, names, values: {} };
    case 'attributeType': {
      const v = placeholder(prefix, field, op);
      const type = ATTRIBUTE_TYPES[String(value)] ?? String(value);
      return { text: `(attribute_type(${name},${v}))`, names, values: { [v]: { S: type } } };
    }
    case 'size': {
      if (!isPlainObject(value)) throw new TypeError(`size expects an object of comparisons on ${field}`);
      const clauses = Object.entries(value).map(([cmp, operand]) => {
        if (!(cmp in COMPARATORS)) throw new TypeError(`unsupported size operator '${cmp}'`);
        const v = placeholder(prefix, field, 'size', cmp);
        return { text: `(size(${name}) ${COMPARATORS[cmp]} ${v})`, names, values: { [v]: toDynamoDB(operand) } };
      });
      return combine(clauses, 'AND') ?? { text: '', names: {}, values: {} };
    }
    default:
      throw new TypeError(`unsupported filter operator '${op}' on ${field}`);
  }
}

function buildExpression(filter: Record<string, unknown>, prefix: string | null): Expression | null {
  const clauses: Expression[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if (key === 'and' || key === 'or') {
      const joiner = key === 'and' ? 'AND' : 'OR';
      const subs = Array.isArray(value)
        ? value.map((sub, i) => buildExpression(sub as Record<string, unknown>, prefixed(prefix, key, i)))
        : [buildExpression(value as Record<string, unknown>, prefixed(prefix, key))];
      const combined = combine(subs.filter((s): s is Expression => s !== null), joiner);
      if (combined) clauses.push(combined);
    } else if (key === 'not') {
      const inner = buildExpression(value as Record<string, unknown>, prefixed(prefix, key));
      if (inner) clauses.push({ ...inner, text: `NOT ${nested(inner)}`, compound: false });
    } else {
      if (!isPlainObject(value)) throw new TypeError(`the filter for ${key} must be an object of operators`);
      const ops = Object.entries(value).filter(([, operand]) => operand !== undefined);
      const combined = combine(ops.map(([op, operand]) => operatorClause(key, op, operand, prefix)), 'AND');
      if (combined) clauses.push(combined);
    }
  }
  if (clauses.length === 0) return null;
  return {
    text: clauses.map((c) => c.text).join(' AND '),
    compound: clauses.length > 1,
    names: Object.assign({}, ...clauses.map((c) => c.names)),
    values: Object.assign({}, ...clauses.map((c) => c.values)),
  };
}

/** The `{expression, expressionNames, expressionValues}` object, or null for an empty filter. */
export function toExpressionObject(
  filter: unknown,
): { expression: string; expressionNames: Record<string, string>; expressionValues: Record<string, AttributeValue> } | null {
  if (!isPlainObject(filter)) throw new TypeError('a filter must be an object');
  const built = buildExpression(filter, null);
  if (!built) return null;
  return { expression: built.text, expressionNames: built.names, expressionValues: built.values };
}

export function toDynamoDBFilterExpression(filter: unknown): string {
  return JSON.stringify(toExpressionObject(filter));
}

export function toDynamoDBConditionExpression(condition: unknown): string {
  return JSON.stringify(toExpressionObject(condition));
}
