import { describe, expect, it } from 'vitest';
import { loadResolverCode } from './load-resolver-code';
import type { AppSyncContext } from './types';

// Golden outputs recorded against AWS EvaluateCode (spec §3–§4 ✓ rows, localstack/appsync-utils snapshots).
// Expressions are evaluated inside the sandbox, so the whole bridge is checked, byte for byte as JSON.

function evaluate(expression: string): unknown {
  const code = `import { util } from '@aws-appsync/utils';\nimport * as ddb from '@aws-appsync/utils/dynamodb';\nexport function request(ctx) { return ${expression}; }\nexport function response(ctx) { return ctx.result; }\n`;
  const args = {};
  const ctx: AppSyncContext = {
    arguments: args, args, identity: null, source: null, stash: {}, env: {},
    info: { fieldName: 'f', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
    request: { headers: {}, domainName: null },
  };
  const outcome = loadResolverCode(code, 'golden.js').run('request', ctx, { authType: 'API_KEY' });
  if (outcome.error) throw new Error(outcome.error.message);
  return outcome.value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

describe('host operations through the sandbox: EvaluateCode goldens', () => {
  it.each([
    ['util.dynamodb.toDynamoDB("test")', { S: 'test' }],
    ['util.dynamodb.toDynamoDB(12345)', { N: 12345 }],
    ['util.dynamodb.toDynamoDB(true)', { BOOL: true }],
    ['util.dynamodb.toString("test")', { S: 'test' }],
    ['util.dynamodb.toStringSet(["foo", "bar", "baz"])', { SS: ['foo', 'bar', 'baz'] }],
    ['util.dynamodb.toNumber(12345)', { N: 12345 }],
    ['util.dynamodb.toNumberSet([1, 23, 4.56])', { NS: [1, 23, 4.56] }],
    ['util.dynamodb.toBinary("foo")', { B: 'foo' }],
    ['util.dynamodb.toBinarySet(["foo", "bar", "baz"])', { BS: ['foo', 'bar', 'baz'] }],
    ['util.dynamodb.toBoolean(true)', { BOOL: true }],
    ['util.dynamodb.toNull()', { NULL: null }],
    ['util.dynamodb.toList(["foo", 123, { bar: "baz" }])', { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] }],
    ['util.dynamodb.toMap({ foo: "bar", baz: 1234, beep: ["boop"] })', { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } }],
    ['util.dynamodb.toMapValues({ foo: "bar", baz: 1234, beep: ["boop"] })', { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } }],
    ['util.dynamodb.toS3Object("foo", "bar", "baz")', { S: '{"s3":{"key":"foo","bucket":"bar","region":"baz"}}' }],
    ['util.dynamodb.toS3Object("foo", "bar", "baz", "beep")', { S: '{"s3":{"key":"foo","bucket":"bar","region":"baz","version":"beep"}}' }],
    ['ddb.get({ key: { id: "id" } })', { operation: 'GetItem', key: { id: { S: 'id' } } }],
    ['ddb.put({ key: { id: "abc" }, item: { value: 10 } })', { operation: 'PutItem', key: { id: { S: 'abc' } }, attributeValues: { value: { N: 10 } } }],
    ['ddb.remove({ key: { id: "test" } })', { operation: 'DeleteItem', key: { id: { S: 'test' } } }],
    ['ddb.scan({ limit: 10, nextToken: "abc" })', { operation: 'Scan', limit: 10, nextToken: 'abc' }],
    ['ddb.operations.add(10)', { type: 'OPERATION_ADD', value: 10 }],
    ['ddb.operations.append([1, 2, 3])', { type: 'OPERATION_APPEND', items: [1, 2, 3] }],
    ['ddb.operations.decrement(10)', { type: 'OPERATION_DECREMENT', by: 10 }],
    ['ddb.operations.increment(10)', { type: 'OPERATION_INCREMENT', by: 10 }],
    ['ddb.operations.prepend([1, 2, 3])', { type: 'OPERATION_PREPEND', items: [1, 2, 3] }],
    ['ddb.operations.replace({ a: 10 })', { type: 'OPERATION_REPLACE', value: { a: 10 } }],
  ])('%s', (expression, golden) => {
    // Prepare
    const expected = JSON.stringify(sortKeys(golden));

    // Act
    const value = evaluate(expression);

    // Assess
    expect(JSON.stringify(sortKeys(value))).toBe(expected);
  });

  const updateOf = (name: string, expression: string, value: unknown) => ({
    operation: 'UpdateItem',
    key: { id: { S: 'test' } },
    update: { expression, expressionNames: { '#expName_1': name }, expressionValues: { ':expValue_1': value } },
  });

  it.each([
    ['add', 'age: ddb.operations.add(10)', updateOf('age', 'SET #expName_1 = :expValue_1', { N: 10 })],
    ['append', 'values: ddb.operations.append([1, 2, 3])', updateOf('values', 'SET #expName_1 = list_append(#expName_1, :expValue_1)', { L: [{ N: 1 }, { N: 2 }, { N: 3 }] })],
    ['decrement', 'age: ddb.operations.decrement(10)', updateOf('age', 'SET #expName_1 = #expName_1 - :expValue_1', { N: 10 })],
    ['increment', 'age: ddb.operations.increment(10)', updateOf('age', 'SET #expName_1 = #expName_1 + :expValue_1', { N: 10 })],
    ['prepend', 'values: ddb.operations.prepend([1, 2, 3])', updateOf('values', 'SET #expName_1 = list_append(:expValue_1, #expName_1)', { L: [{ N: 1 }, { N: 2 }, { N: 3 }] })],
    ['replace', 'values: ddb.operations.replace({ a: 10 })', updateOf('values', 'SET #expName_1 = :expValue_1', { M: { a: { N: 10 } } })],
  ])('ddb.update with operations.%s', (_name, update, golden) => {
    // Prepare
    const expected = JSON.stringify(sortKeys(golden));

    // Act
    const value = evaluate(`ddb.update({ key: { id: "test" }, update: { ${update} } })`);

    // Assess
    expect(JSON.stringify(sortKeys(value))).toBe(expected);
  });

  it('util.transform.toDynamoDBFilterExpression', () => {
    // Prepare
    const expression = 'util.transform.toDynamoDBFilterExpression({ title: { contains: "Hello World" } })';

    // Act
    const value = evaluate(expression);

    // Assess
    expect(value).toBe('{"expression":"(contains(#title,:title_contains))","expressionNames":{"#title":"title"},"expressionValues":{":title_contains":{"S":"Hello World"}}}');
  });

  it('util.transform.toDynamoDBConditionExpression', () => {
    // Prepare
    const expression = 'util.transform.toDynamoDBConditionExpression({ id: { attributeExists: true }, version: { eq: 10 } })';

    // Act
    const value = evaluate(expression);

    // Assess
    expect(value).toBe('{"expression":"(attribute_exists(#id)) AND (#version = :version_eq)","expressionNames":{"#id":"id","#version":"version"},"expressionValues":{":version_eq":{"N":10}}}');
  });

  it('util.dynamodb.toMapValues equals toMap(...).M', () => {
    // Prepare
    const input = '{ a: 1, b: ["x"], c: { d: true } }';

    // Act
    const same = evaluate(`JSON.stringify(util.dynamodb.toMapValues(${input})) === JSON.stringify(util.dynamodb.toMap(${input}).M)`);

    // Assess
    expect(same).toBe(true);
  });

  it('util.xml.toMap and util.xml.toJsonString (the documented example)', () => {
    // Prepare
    const xml = JSON.stringify('<?xml version="1.0" encoding="UTF-8"?><posts><post><id>1</id><title>Getting started with GraphQL</title></post></posts>');

    // Act
    const map = evaluate(`util.xml.toMap(${xml})`);
    const json = evaluate(`util.xml.toJsonString(${xml})`);

    // Assess
    expect(map).toEqual({ posts: { post: { id: 1, title: 'Getting started with GraphQL' } } });
    expect(json).toBe('{"posts":{"post":{"id":1,"title":"Getting started with GraphQL"}}}');
  });
});
