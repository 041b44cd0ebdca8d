// The metadata a versioned write merges into update expressions, the guard condition, and the BadRequest check.
import { describe, expect, it } from 'vitest';
import type { DynamoRequest } from '../dynamodb-request';
import { metadataWritten, versionGuard, withAssignments, withGuard } from './versioned-expressions';

describe('withAssignments', () => {
  it.each([
    ['joins an existing SET clause', 'SET #title = :title REMOVE #old', 'SET #_appsync_m0 = :_appsync_m0, #title = :title REMOVE #old'],
    ['finds the clause in any case and position', 'REMOVE #old set #a = :a', 'REMOVE #old set #_appsync_m0 = :_appsync_m0, #a = :a'],
    ['adds a SET clause when there is none', 'ADD #count :one', 'ADD #count :one SET #_appsync_m0 = :_appsync_m0'],
    ['does not take a #SET placeholder for the keyword', 'REMOVE #SET', 'REMOVE #SET SET #_appsync_m0 = :_appsync_m0'],
  ])('%s', (_case, expression, merged) => {
    // Act
    const update = withAssignments({ expression, expressionNames: { '#title': 'title' }, expressionValues: { ':title': { S: 't' } } }, { _version: { N: '2' } });
    // Assess
    expect(update).toEqual({
      expression: merged,
      expressionNames: { '#title': 'title', '#_appsync_m0': '_version' },
      expressionValues: { ':title': { S: 't' }, ':_appsync_m0': { N: '2' } },
    });
  });

  it('builds a whole expression from nothing', () => {
    // Act
    const update = withAssignments(undefined, { _deleted: { BOOL: true }, _ttl: { N: '9' } });
    // Assess
    expect(update.expression).toBe('SET #_appsync_m0 = :_appsync_m0, #_appsync_m1 = :_appsync_m1');
  });
});

describe('versionGuard', () => {
  const key = { id: { S: '1' } };

  it.each([
    ['an absent item', undefined, 'attribute_not_exists(#_appsync_key)'],
    ['an item written without _version', { id: { S: '1' } }, 'attribute_exists(#_appsync_key) AND attribute_not_exists(#_appsync_version)'],
    ['a versioned item', { id: { S: '1' }, _version: { N: '7' } }, '#_appsync_version = :_appsync_expected'],
  ])('holds for %s only while it stays so', (_case, current, expression) => {
    // Act
    const guard = versionGuard(key, current);
    // Assess
    expect(guard.expression).toBe(expression);
  });

  it('expects the version read', () => {
    // Act
    const guard = versionGuard(key, { id: { S: '1' }, _version: { N: '7' } });
    // Assess
    expect(guard.expressionValues).toEqual({ ':_appsync_expected': { N: 7 } });
  });

  it.each([
    ['attribute_exists(#id)', '(attribute_exists(#id)) AND (attribute_not_exists(#_appsync_key))'],
    ['(attribute_exists(#id))', '(attribute_exists(#id)) AND (attribute_not_exists(#_appsync_key))'],
    ['(#a = :a) OR (#b = :b)', '((#a = :a) OR (#b = :b)) AND (attribute_not_exists(#_appsync_key))'],
  ])('groups the condition %s without redundant parentheses', (expression, combined) => {
    // Act
    const condition = withGuard({ expression }, versionGuard(key, undefined));
    // Assess
    expect(condition.expression).toBe(combined);
  });

  it('requires both the resolver condition and the guard', () => {
    // Act
    const condition = withGuard({ expression: 'attribute_exists(#id)', expressionNames: { '#id': 'id' } }, versionGuard(key, undefined));
    // Assess
    expect(condition).toEqual({
      expression: '(attribute_exists(#id)) AND (attribute_not_exists(#_appsync_key))',
      expressionNames: { '#id': 'id', '#_appsync_key': 'id' },
      expressionValues: {},
    });
  });
});

describe('metadataWritten', () => {
  it.each<[string, Partial<DynamoRequest>, string | undefined]>([
    ['PutItem attributeValues', { operation: 'PutItem', attributeValues: { title: { S: 't' }, _version: { N: 3 } } }, '_version'],
    ['an UpdateItem name placeholder', { operation: 'UpdateItem', update: { expression: 'SET #d = :d', expressionNames: { '#d': '_deleted' } } }, '_deleted'],
    ['a bare name in an update', { operation: 'UpdateItem', update: { expression: 'SET _lastChangedAt = :now' } }, '_lastChangedAt'],
    ['ordinary attributes', { operation: 'UpdateItem', update: { expression: 'SET #t = :_ttl_value, my_ttl = :x', expressionNames: { '#t': 'title' } } }, undefined],
    ['a delete', { operation: 'DeleteItem' }, undefined],
  ])('finds %s', (_case, request, found) => {
    // Act / Assess
    expect(metadataWritten(request as DynamoRequest)).toBe(found);
  });
});
