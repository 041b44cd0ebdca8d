// Turns an `update` object of @aws-appsync/utils/dynamodb into an UpdateItem expression (spec §4):
// plain values and add/replace SET, increment/decrement/append/prepend SET with arithmetic or list_append,
// null and remove() REMOVE, nested plain objects update sub-attributes. Placeholders #expName_n / :expValue_n.

import { toDynamoDB, type AttributeValue } from '../util/dynamodb-values';

export const OPERATION = {
  ADD: 'OPERATION_ADD',
  REMOVE: 'OPERATION_REMOVE',
  REPLACE: 'OPERATION_REPLACE',
  INCREMENT: 'OPERATION_INCREMENT',
  DECREMENT: 'OPERATION_DECREMENT',
  APPEND: 'OPERATION_APPEND',
  PREPEND: 'OPERATION_PREPEND',
  UPDATE_LIST_ITEM: 'OPERATION_UPDATE_LIST_ITEM',
} as const;

type Marker = { type: string; value?: unknown; by?: number; items?: unknown[]; index?: number };

function isMarker(value: unknown): value is Marker {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    typeof (value as Marker).type === 'string' && (value as Marker).type.startsWith('OPERATION_')
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface UpdateExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues?: Record<string, AttributeValue>;
}

export function toUpdateExpression(update: unknown): UpdateExpression {
  if (!isPlainObject(update)) throw new TypeError('update must be an object');
  const sets: string[] = [];
  const removes: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const nameByAttribute = new Map<string, string>();
  let valueCount = 0;

  const nameOf = (attribute: string): string => {
    let placeholder = nameByAttribute.get(attribute);
    if (!placeholder) {
      placeholder = `#expName_${nameByAttribute.size + 1}`;
      nameByAttribute.set(attribute, placeholder);
      names[placeholder] = attribute;
    }
    return placeholder;
  };
  const valueOf = (value: unknown): string => {
    const placeholder = `:expValue_${++valueCount}`;
    values[placeholder] = toDynamoDB(value);
    return placeholder;
  };

  const visit = (path: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null) { removes.push(path); return; }
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isMarker(v) && v.type === OPERATION.UPDATE_LIST_ITEM)) {
      for (const item of value as Marker[]) sets.push(`${path}[${Number(item.index)}] = ${valueOf(item.value)}`);
      return;
    }
    if (isMarker(value)) {
      switch (value.type) {
        case OPERATION.ADD: case OPERATION.REPLACE: sets.push(`${path} = ${valueOf(value.value)}`); return;
        case OPERATION.INCREMENT: sets.push(`${path} = ${path} + ${valueOf(value.by ?? 1)}`); return;
        case OPERATION.DECREMENT: sets.push(`${path} = ${path} - ${valueOf(value.by ?? 1)}`); return;
        case OPERATION.APPEND: sets.push(`${path} = list_append(${path}, ${valueOf(value.items)})`); return;
        case OPERATION.PREPEND: sets.push(`${path} = list_append(${valueOf(value.items)}, ${path})`); return;
        case OPERATION.REMOVE: removes.push(path); return;
        case OPERATION.UPDATE_LIST_ITEM: sets.push(`${path}[${Number(value.index)}] = ${valueOf(value.value)}`); return;
        default: throw new TypeError(`unknown update operation ${value.type}`);
      }
    }
    if (isPlainObject(value)) {
      for (const [key, inner] of Object.entries(value)) visit(`${path}.${nameOf(key)}`, inner);
      return;
    }
    sets.push(`${path} = ${valueOf(value)}`);
  };

  for (const [key, value] of Object.entries(update)) visit(nameOf(key), value);

  const clauses = [];
  if (sets.length > 0) clauses.push(`SET ${sets.join(', ')}`);
  if (removes.length > 0) clauses.push(`REMOVE ${removes.join(', ')}`);
  const result: UpdateExpression = { expression: clauses.join(' '), expressionNames: names };
  if (valueCount > 0) result.expressionValues = values;
  return result;
}
