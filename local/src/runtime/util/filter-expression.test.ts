import { describe, expect, it } from 'vitest';
import { toDynamoDBConditionExpression, toDynamoDBFilterExpression, toExpressionObject } from './filter-expression';

describe('toDynamoDBFilterExpression', () => {
  it.each([
    // ✓ golden (EvaluateCode)
    [{ title: { contains: 'Hello World' } }, '(contains(#title,:title_contains))', { ':title_contains': { S: 'Hello World' } }],
    [{ a: { ne: 1 }, b: { beginsWith: 'x' } }, '(#a <> :a_ne) AND (begins_with(#b,:b_beginsWith))', { ':a_ne': { N: 1 }, ':b_beginsWith': { S: 'x' } }],
    [{ a: { gt: 1, le: 5 } }, '((#a > :a_gt) AND (#a <= :a_le))', { ':a_gt': { N: 1 }, ':a_le': { N: 5 } }],
    [{ a: { between: [1, 2] } }, '(#a BETWEEN :a_between_1 AND :a_between_2)', { ':a_between_1': { N: 1 }, ':a_between_2': { N: 2 } }],
    [{ a: { in: ['x', 'y'] } }, '(#a IN (:a_in_0,:a_in_1))', { ':a_in_0': { S: 'x' }, ':a_in_1': { S: 'y' } }],
    [{ a: { attributeExists: false } }, '(attribute_not_exists(#a))', {}],
    [{ a: { attributeType: 'string' } }, '(attribute_type(#a,:a_attributeType))', { ':a_attributeType': { S: 'S' } }],
    [{ a: { notContains: 'x' } }, '(NOT contains(#a,:a_notContains))', { ':a_notContains': { S: 'x' } }],
    [{ a: { size: { gt: 3 } } }, '(size(#a) > :a_size_gt)', { ':a_size_gt': { N: 3 } }],
    [
      { or: [{ a: { eq: 1 } }, { b: { eq: 2 }, c: { eq: 3 } }] },
      '((#a = :or_0_a_eq) OR ((#b = :or_1_b_eq) AND (#c = :or_1_c_eq)))',
      { ':or_0_a_eq': { N: 1 }, ':or_1_b_eq': { N: 2 }, ':or_1_c_eq': { N: 3 } },
    ],
    [{ not: { a: { eq: true } } }, 'NOT (#a = :not_a_eq)', { ':not_a_eq': { BOOL: true } }],
  ])('converts %j', (filter, expression, values) => {
    // Prepare
    const input = filter;

    // Act
    const result = JSON.parse(toDynamoDBFilterExpression(input));

    // Assess
    expect(result.expression).toBe(expression);
    expect(result.expressionValues).toEqual(values);
  });

  it('writes the ✓ condition golden byte for byte', () => {
    // Prepare
    const condition = { id: { attributeExists: true }, version: { eq: 10 } };

    // Act
    const json = toDynamoDBConditionExpression(condition);

    // Assess
    expect(json).toBe('{"expression":"(attribute_exists(#id)) AND (#version = :version_eq)","expressionNames":{"#id":"id","#version":"version"},"expressionValues":{":version_eq":{"N":10}}}');
  });

  it('skips fields whose filter is null and answers null for an empty filter', () => {
    // Prepare
    const filter = { title: null };

    // Act
    const result = toExpressionObject(filter);

    // Assess
    expect(result).toBeNull();
  });

  it('rejects unknown operators', () => {
    // Prepare
    const filter = { a: { like: 'x' } };

    // Act
    const act = () => toDynamoDBFilterExpression(filter);

    // Assess
    expect(act).toThrow(/unsupported filter operator 'like'/);
  });
});
