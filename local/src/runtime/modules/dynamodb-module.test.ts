import { describe, expect, it } from 'vitest';
import { dynamodbModule as ddb } from './dynamodb-module';

describe('@aws-appsync/utils/dynamodb', () => {
  it.each([
    [
      'plain values, null and remove() in one expression',
      { title: 'x', count: 2, gone: null, alsoGone: ddb.operations.remove() },
      { expression: 'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2 REMOVE #expName_3, #expName_4', expressionNames: { '#expName_1': 'title', '#expName_2': 'count', '#expName_3': 'gone', '#expName_4': 'alsoGone' }, expressionValues: { ':expValue_1': { S: 'x' }, ':expValue_2': { N: 2 } } },
    ],
    [
      'nested plain objects as sub-attribute paths',
      { address: { city: 'Oslo' } },
      { expression: 'SET #expName_1.#expName_2 = :expValue_1', expressionNames: { '#expName_1': 'address', '#expName_2': 'city' }, expressionValues: { ':expValue_1': { S: 'Oslo' } } },
    ],
    [
      'updateListItem markers',
      { tags: [ddb.operations.updateListItem('a', 2)] },
      { expression: 'SET #expName_1[2] = :expValue_1', expressionNames: { '#expName_1': 'tags' }, expressionValues: { ':expValue_1': { S: 'a' } } },
    ],
    [
      'remove only, without expressionValues',
      { gone: null },
      { expression: 'REMOVE #expName_1', expressionNames: { '#expName_1': 'gone' } },
    ],
  ])('update writes %s', (_name, update, expected) => {
    // Prepare
    const payload = { key: { id: 'k' }, update };

    // Act
    const request = ddb.update(payload);

    // Assess
    expect(request).toEqual({ operation: 'UpdateItem', key: { id: { S: 'k' } }, update: expected });
  });

  it('query builds the key condition, filter and options', () => {
    // Prepare
    const payload = {
      query: { pk: { eq: 'E#1' }, sk: { beginsWith: 'T#' } },
      filter: { status: { eq: 'OPEN' } },
      index: 'byDate', limit: 20, nextToken: 'tok', scanIndexForward: false, projection: ['id', 'venue.name'],
    };

    // Act
    const request = ddb.query(payload);

    // Assess
    expect(request).toEqual({
      operation: 'Query',
      query: {
        expression: '#pk = :pk_eq AND begins_with(#sk,:sk_beginsWith)',
        expressionNames: { '#pk': 'pk', '#sk': 'sk' },
        expressionValues: { ':pk_eq': { S: 'E#1' }, ':sk_beginsWith': { S: 'T#' } },
      },
      filter: { expression: '(#status = :status_eq)', expressionNames: { '#status': 'status' }, expressionValues: { ':status_eq': { S: 'OPEN' } } },
      index: 'byDate', limit: 20, nextToken: 'tok', scanIndexForward: false,
      projection: { expression: '#projection_0, #projection_1.#projection_2', expressionNames: { '#projection_0': 'id', '#projection_1': 'venue', '#projection_2': 'name' } },
    });
  });

  it('query supports between on the sort key', () => {
    // Prepare
    const payload = { query: { pk: { eq: 1 }, n: { between: [1, 5] } } };

    // Act
    const request = ddb.query(payload) as { query: { expression: string; expressionValues: unknown } };

    // Assess
    expect(request.query.expression).toBe('#pk = :pk_eq AND #n BETWEEN :n_between_1 AND :n_between_2');
    expect(request.query.expressionValues).toEqual({ ':pk_eq': { N: 1 }, ':n_between_1': { N: 1 }, ':n_between_2': { N: 5 } });
  });

  it('put converts a condition like toDynamoDBConditionExpression', () => {
    // Prepare
    const payload = { key: { id: 'a' }, item: { n: 1 }, condition: { id: { attributeExists: false } } };

    // Act
    const request = ddb.put(payload);

    // Assess
    expect(request).toEqual({
      operation: 'PutItem', key: { id: { S: 'a' } }, attributeValues: { n: { N: 1 } },
      condition: { expression: '(attribute_not_exists(#id))', expressionNames: { '#id': 'id' }, expressionValues: {} },
    });
  });

  it.each([
    ['batchGet', () => ddb.batchGet({ tables: { T: { keys: [{ id: 1 }], consistentRead: true } } }), { operation: 'BatchGetItem', tables: { T: { keys: [{ id: { N: 1 } }], consistentRead: true } } }],
    ['batchPut', () => ddb.batchPut({ tables: { T: [{ id: 'a', n: 1 }] } }), { operation: 'BatchPutItem', tables: { T: [{ id: { S: 'a' }, n: { N: 1 } }] } }],
    ['batchDelete', () => ddb.batchDelete({ tables: { T: [{ id: 'a' }] } }), { operation: 'BatchDeleteItem', tables: { T: [{ id: { S: 'a' } }] } }],
    ['transactGet', () => ddb.transactGet({ items: [{ table: 'T', key: { id: 'a' } }] }), { operation: 'TransactGetItems', transactItems: [{ table: 'T', key: { id: { S: 'a' } } }] }],
    ['toNumberSet', () => ddb.toNumberSet([1, 2]), { NS: [1, 2] }],
  ])('%s', (_name, act, expected) => {
    // Prepare
    const run = act;

    // Act
    const request = run();

    // Assess
    expect(request).toEqual(expected);
  });

  it('transactWrite maps every item kind to its operation', () => {
    // Prepare
    const payload = {
      items: [
        { putItem: { table: 'T', key: { id: 'a' }, item: { n: 1 } } },
        { updateItem: { table: 'T', key: { id: 'b' }, update: { n: ddb.operations.increment(1) } } },
        { deleteItem: { table: 'T', key: { id: 'c' } } },
        { conditionCheck: { table: 'T', key: { id: 'd' }, condition: { n: { gt: 0 } } } },
      ],
    };

    // Act
    const request = ddb.transactWrite(payload) as unknown as { transactItems: { operation: string }[] };

    // Assess
    expect(request.transactItems.map((item) => item.operation)).toEqual(['PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheck']);
    expect(request.transactItems[3]).toEqual({
      table: 'T', operation: 'ConditionCheck', key: { id: { S: 'd' } },
      condition: { expression: '(#n > :n_gt)', expressionNames: { '#n': 'n' }, expressionValues: { ':n_gt': { N: 0 } } },
    });
  });
});
