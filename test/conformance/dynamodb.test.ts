// DynamoDB data source over real GraphQL/HTTP against DynamoDB Local (appsync-spec.md §5): batch and
// transaction operations on real table names, condition failures, and AppSync's error shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN_TABLE, MAIN_TABLE, OTHER_TABLE, startConformanceApi, type ConformanceApi } from './harness/conformance-api';

let api: ConformanceApi;

beforeAll(async () => {
  api = await startConformanceApi();
});

afterAll(async () => {
  await api?.stop();
});

interface Answer {
  result: Record<string, unknown> | null;
  error: { type: string; message: string } | null;
}

/** Runs one raw request object through Mutation.ddb and returns what the response handler saw. */
async function ddb(request: unknown): Promise<Answer> {
  const { status, body } = await api.graphql('mutation Raw($r: AWSJSON!) { ddb(request: $r) }', { r: JSON.stringify(request) });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return JSON.parse(body.data!.ddb as string) as Answer;
}

const S = (value: string) => ({ S: value });
const card = (id: string, title: string, seats: number) => ({ pk: S(`CARD#${id}`), sk: S('CARD'), title: S(title), seats: { N: seats } });
const cardKey = (id: string) => ({ pk: S(`CARD#${id}`), sk: S('CARD') });
const SERVICE_SUFFIX = / \(Service: DynamoDb, Status Code: 400, Request ID: [\w-]+\)$/;

describe('BatchPutItem / BatchGetItem / BatchDeleteItem', () => {
  it('writes to several real tables and reports per table, in request order', async () => {
    // Act
    const put = await ddb({
      operation: 'BatchPutItem',
      tables: { [MAIN_TABLE]: [card('b1', 'One', 1), card('b2', 'Two', 2)], [OTHER_TABLE]: [{ id: S('o1'), n: { N: 7 } }] },
    });
    // Assess
    expect(put).toEqual({
      result: {
        data: {
          [MAIN_TABLE]: [
            { pk: 'CARD#b1', sk: 'CARD', title: 'One', seats: 1 },
            { pk: 'CARD#b2', sk: 'CARD', title: 'Two', seats: 2 },
          ],
          [OTHER_TABLE]: [{ id: 'o1', n: 7 }],
        },
        unprocessedItems: { [MAIN_TABLE]: [], [OTHER_TABLE]: [] },
      },
      error: null,
    });
  });

  it('reads keys back in request order with null for a missing item', async () => {
    // Act
    const got = await ddb({
      operation: 'BatchGetItem',
      tables: { [MAIN_TABLE]: { keys: [cardKey('b2'), cardKey('missing'), cardKey('b1')], consistentRead: true }, [OTHER_TABLE]: { keys: [{ id: S('o1') }] } },
    });
    // Assess
    expect(got).toEqual({
      result: {
        data: {
          [MAIN_TABLE]: [{ pk: 'CARD#b2', sk: 'CARD', title: 'Two', seats: 2 }, null, { pk: 'CARD#b1', sk: 'CARD', title: 'One', seats: 1 }],
          [OTHER_TABLE]: [{ id: 'o1', n: 7 }],
        },
        unprocessedKeys: { [MAIN_TABLE]: [], [OTHER_TABLE]: [] },
      },
      error: null,
    });
  });

  it('keeps request order under a projection that leaves the key out, and returns only the projection', async () => {
    // Act
    const got = await ddb({
      operation: 'BatchGetItem',
      tables: { [MAIN_TABLE]: { keys: [cardKey('b2'), cardKey('b1')], projection: { expression: '#t', expressionNames: { '#t': 'title' } } } },
    });
    // Assess
    expect(got.result).toEqual({ data: { [MAIN_TABLE]: [{ title: 'Two' }, { title: 'One' }] }, unprocessedKeys: { [MAIN_TABLE]: [] } });
  });

  it('deletes by key and returns the keys', async () => {
    // Act
    const deleted = await ddb({ operation: 'BatchDeleteItem', tables: { [MAIN_TABLE]: [cardKey('b1')], [OTHER_TABLE]: [{ id: S('o1') }] } });
    const after = await ddb({ operation: 'BatchGetItem', tables: { [MAIN_TABLE]: { keys: [cardKey('b1')] } } });
    // Assess
    expect(deleted).toEqual({
      result: { data: { [MAIN_TABLE]: [{ pk: 'CARD#b1', sk: 'CARD' }], [OTHER_TABLE]: [{ id: 'o1' }] }, unprocessedKeys: { [MAIN_TABLE]: [], [OTHER_TABLE]: [] } },
      error: null,
    });
    expect(after.result).toEqual({ data: { [MAIN_TABLE]: [null] }, unprocessedKeys: { [MAIN_TABLE]: [] } });
  });

  it.each([
    ['BatchGetItem', { [FORBIDDEN_TABLE]: { keys: [{ id: S('x') }] } }, 'BatchGetItem'],
    ['BatchPutItem', { [MAIN_TABLE]: [card('z', 'Z', 1)], [FORBIDDEN_TABLE]: [{ id: S('x') }] }, 'BatchWriteItem'],
    ['BatchDeleteItem', { [FORBIDDEN_TABLE]: [{ id: S('x') }] }, 'BatchWriteItem'],
  ])('%s on a table outside the data source is denied like IAM would, and writes nothing', async (operation, tables, action) => {
    // Act
    const answer = await ddb({ operation, tables });
    const z = await ddb({ operation: 'GetItem', key: cardKey('z') });
    // Assess
    expect(answer.result).toBeNull();
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(answer.error?.message).toContain(`is not authorized to perform: dynamodb:${action} on resource: arn:aws:dynamodb:us-east-1:000000000000:table/${FORBIDDEN_TABLE}`);
    expect(z.result).toBeNull();
  });

  it('passes the engine’s validation failure on as DynamoDbException (26 items in one batch write)', async () => {
    // Prepare
    const items = Array.from({ length: 26 }, (_, index) => card(`many${index}`, 'x', 1));
    // Act
    const answer = await ddb({ operation: 'BatchPutItem', tables: { [MAIN_TABLE]: items } });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(answer.error?.message).toMatch(SERVICE_SUFFIX);
  });
});

describe('TransactGetItems / TransactWriteItems', () => {
  it('writes all items atomically and returns their keys', async () => {
    // Act
    const written = await ddb({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: MAIN_TABLE, operation: 'PutItem', key: cardKey('t1'), attributeValues: { title: S('T1'), seats: { N: 1 } } },
        { table: OTHER_TABLE, operation: 'PutItem', key: { id: S('t-other') }, attributeValues: { n: { N: 1 } } },
      ],
    });
    // Assess
    expect(written).toEqual({ result: { keys: [{ pk: 'CARD#t1', sk: 'CARD' }, { id: 't-other' }], cancellationReasons: null }, error: null });
  });

  it('reads items across tables in request order, null for a missing one', async () => {
    // Act
    const got = await ddb({
      operation: 'TransactGetItems',
      transactItems: [
        { table: OTHER_TABLE, key: { id: S('t-other') } },
        { table: MAIN_TABLE, key: cardKey('nope') },
        { table: MAIN_TABLE, key: cardKey('t1'), projection: { expression: '#s', expressionNames: { '#s': 'seats' } } },
      ],
    });
    // Assess
    expect(got).toEqual({ result: { items: [{ id: 't-other', n: 1 }, null, { seats: 1 }], cancellationReasons: null }, error: null });
  });

  it('cancels on a failed condition: ctx.error TransactionCanceledException, reasons in ctx.result, nothing written', async () => {
    // Act
    const answer = await ddb({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: OTHER_TABLE, operation: 'PutItem', key: { id: S('never') }, attributeValues: {} },
        { table: MAIN_TABLE, operation: 'ConditionCheck', key: cardKey('t1'), condition: { expression: '#s > :zero', expressionNames: { '#s': 'seats' }, expressionValues: { ':zero': { N: 5 } } } },
        {
          table: MAIN_TABLE,
          operation: 'UpdateItem',
          key: cardKey('t-missing'),
          update: { expression: 'SET #t = :t', expressionNames: { '#t': 'title' }, expressionValues: { ':t': S('x') } },
          condition: { expression: 'attribute_exists(pk)', returnValuesOnConditionCheckFailure: false },
        },
      ],
    });
    const never = await ddb({ operation: 'TransactGetItems', transactItems: [{ table: OTHER_TABLE, key: { id: S('never') } }] });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:TransactionCanceledException');
    expect(answer.error?.message).toMatch(/^Transaction cancelled, please refer cancellation reasons for specific reasons \[None, ConditionalCheckFailed, ConditionalCheckFailed\]/);
    expect(answer.error?.message).toMatch(SERVICE_SUFFIX);
    expect(answer.result).toEqual({
      keys: null,
      cancellationReasons: [
        { type: 'None', message: 'None' },
        // DynamoDB's own reason text, passed on as is (DynamoDB Local ends some with a period).
        { item: { pk: 'CARD#t1', sk: 'CARD', title: 'T1', seats: 1 }, type: 'ConditionalCheckFailed', message: expect.stringMatching(/^The conditional request failed\.?$/) },
        { type: 'ConditionalCheckFailed', message: expect.stringMatching(/^The conditional request failed\.?$/) },
      ],
    });
    expect(never.result).toEqual({ items: [null], cancellationReasons: null });
  });

  it('refuses a transaction touching a table outside the data source', async () => {
    // Act
    const answer = await ddb({ operation: 'TransactGetItems', transactItems: [{ table: FORBIDDEN_TABLE, key: { id: S('x') } }] });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(answer.error?.message).toContain(`table/${FORBIDDEN_TABLE}`);
  });
});

describe('conditions on PutItem / UpdateItem / DeleteItem', () => {
  const onlyIfNew = { expression: 'attribute_not_exists(pk)' };

  it('treats a conditional PutItem retry that finds the same item as success (idempotency re-read)', async () => {
    // Prepare
    await ddb({ operation: 'PutItem', key: cardKey('p1'), attributeValues: { title: S('P'), seats: { N: 3 } }, condition: onlyIfNew });
    // Act
    const retry = await ddb({ operation: 'PutItem', key: cardKey('p1'), attributeValues: { title: S('P'), seats: { N: 3 } }, condition: onlyIfNew });
    // Assess
    expect(retry).toEqual({ result: { pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 }, error: null });
  });

  it('ignores the equalsIgnore attributes in that comparison', async () => {
    // Act
    const retry = await ddb({ operation: 'PutItem', key: cardKey('p1'), attributeValues: { title: S('P'), seats: { N: 9 } }, condition: { ...onlyIfNew, equalsIgnore: ['seats'] } });
    // Assess
    expect(retry).toEqual({ result: { pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 }, error: null });
  });

  it('reports a real PutItem conflict with the current item in ctx.result', async () => {
    // Act
    const conflict = await ddb({ operation: 'PutItem', key: cardKey('p1'), attributeValues: { title: S('Other') }, condition: onlyIfNew });
    // Assess
    expect(conflict.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(conflict.error?.message).toMatch(/^The conditional request failed \(Service: DynamoDb, Status Code: 400, Request ID: [\w-]+\)$/);
    expect(conflict.result).toEqual({ pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 });
  });

  it('reports an UpdateItem condition failure even when the update would change nothing', async () => {
    // Act
    const answer = await ddb({
      operation: 'UpdateItem',
      key: cardKey('p1'),
      update: { expression: 'SET #t = :t', expressionNames: { '#t': 'title' }, expressionValues: { ':t': S('P') } },
      condition: { expression: '#t = :other', expressionNames: { '#t': 'title' }, expressionValues: { ':other': S('Q') } },
    });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(answer.result).toEqual({ pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 });
  });

  it('treats a DeleteItem condition failure on an item that is already gone as success (the desired state)', async () => {
    // Act
    const answer = await ddb({ operation: 'DeleteItem', key: cardKey('gone'), condition: { expression: 'attribute_exists(pk)' } });
    // Assess
    expect(answer).toEqual({ result: null, error: null });
  });

  it('reports a DeleteItem condition failure on an existing item with that item in ctx.result', async () => {
    // Act
    const answer = await ddb({ operation: 'DeleteItem', key: cardKey('p1'), condition: { expression: 'title = :t', expressionValues: { ':t': S('Q') } } });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(answer.result).toEqual({ pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 });
  });

  it('raised with util.error, the failure keeps AppSync’s error object shape and carries the current item as data', async () => {
    // Act
    const { body } = await api.graphql('mutation Raise($r: AWSJSON!) {\n  ddbRaise(request: $r)\n}', {
      r: JSON.stringify({ operation: 'PutItem', key: cardKey('p1'), attributeValues: { title: S('Other') }, condition: onlyIfNew }),
    });
    // Assess
    expect(body.data).toEqual({ ddbRaise: null });
    expect(body.errors).toEqual([
      {
        path: ['ddbRaise'],
        data: { pk: 'CARD#p1', sk: 'CARD', title: 'P', seats: 3 },
        errorType: 'DynamoDB:ConditionalCheckFailedException',
        errorInfo: null,
        locations: [{ line: 2, column: 3, sourceName: null }],
        message: expect.stringMatching(/^The conditional request failed \(Service: DynamoDb/),
      },
    ]);
    expect(Object.keys(body.errors![0]!)).toEqual(['path', 'data', 'errorType', 'errorInfo', 'locations', 'message']);
  });
});

describe('bad requests', () => {
  it('passes a DynamoDB validation failure on as DynamoDB:DynamoDbException with the SDK message suffix', async () => {
    // Act
    const answer = await ddb({ operation: 'GetItem', key: { id: S('wrong-key-name') } });
    // Assess
    expect(answer.result).toBeNull();
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
    // The text itself is the engine's: AWS says "The provided key element does not match the schema".
    expect(answer.error?.message).toMatch(SERVICE_SUFFIX);
  });

  it('rejects a tampered nextToken', async () => {
    // Act
    const answer = await ddb({ operation: 'Scan', limit: 1, nextToken: 'eyJ2ZXJzaW9uIjoxfQ.forged' });
    // Assess
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
  });

  it.each([
    [{ operation: 'Nope' }, "Unsupported operation 'Nope'."],
    [{ key: {} }, "Value for field '$[operation]' not found."],
    [{ operation: 'BatchGetItem' }, "Value for field '$[tables]' not found."],
  ])('raises %j as a MappingTemplate field error without calling the engine', async (request, message) => {
    // Act
    const { body } = await api.graphql('mutation Raw($r: AWSJSON!) { ddb(request: $r) }', { r: JSON.stringify(request) });
    // Assess
    expect(body.data).toEqual({ ddb: null });
    expect(body.errors).toEqual([{ path: ['ddb'], data: null, errorType: 'MappingTemplate', errorInfo: null, locations: [{ line: 1, column: 30, sourceName: null }], message }]);
  });
});

describe('resolvers written with @aws-appsync/utils/dynamodb on ctx.env.TABLE_NAME', () => {
  it('batchGet keeps the order of the ids', async () => {
    // Prepare
    await ddb({ operation: 'BatchPutItem', tables: { [MAIN_TABLE]: [card('c1', 'First', 1), card('c2', 'Second', 0)] } });
    // Act
    const { body } = await api.graphql('query { cards(ids: ["c2", "none", "c1"]) { id: title seats } }');
    // Assess
    expect(body).toEqual({ data: { cards: [{ id: 'Second', seats: 0 }, null, { id: 'First', seats: 1 }] } });
  });

  it('transactWrite claims a seat once, then reports why the transaction was cancelled', async () => {
    // Act
    const first = await api.graphql('mutation { claimSeat(cardId: "c1", userId: "u1") { cardId userId } }');
    const again = await api.graphql('mutation { claimSeat(cardId: "c1", userId: "u2") { cardId userId } }');
    // Assess
    expect(first.body).toEqual({ data: { claimSeat: { cardId: 'c1', userId: 'u1' } } });
    expect(again.body.data).toEqual({ claimSeat: null });
    expect(again.body.errors?.[0]).toMatchObject({
      errorType: 'DynamoDB:TransactionCanceledException',
      errorInfo: {
        cancellationReasons: [
          { type: 'ConditionalCheckFailed', item: { pk: 'CARD#c1', sk: 'CARD', title: 'First', seats: 0 } },
          { type: 'None', message: 'None' },
        ],
      },
    });
  });
});
