// Versioned DynamoDB data sources over real GraphQL/HTTP against DynamoDB Local (AWS "Versioning DynamoDB data
// sources", "Conflict detection and resolution", JS reference "Condition expressions"): _version/_lastChangedAt,
// tombstones, the delta log, the three conflict handlers, BadRequest, and conditionalCheckFailedHandler Custom.
import { GetItemCommand, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BASE_TABLE_TTL, DELTA_SYNC_TABLE_TTL, startVersionedApi, TABLES, type VersionedApi } from './versioned-api/start-versioned-api';

let api: VersionedApi;

beforeAll(async () => {
  api = await startVersionedApi();
});

afterAll(async () => {
  await api?.stop();
});

beforeEach(() => {
  api.conflictLambda.events.length = 0;
  api.conditionLambda.events.length = 0;
});

const S = (value: string) => ({ S: value });
const N = (value: number) => ({ N: value });
let counter = 0;
/** A fresh item id per test: the tables are shared by the whole file. */
const freshId = (label: string) => `${label}-${(counter += 1)}`;
const today = () => new Date().toISOString().slice(0, 10);
const CONFLICT = { type: 'ConflictUnhandled', message: 'Conflict resolver rejects mutation.' };

async function stored(table: string, key: Record<string, string>): Promise<Record<string, unknown> | null> {
  const { Item } = await api.dynamo.send(new GetItemCommand({ TableName: table, Key: marshall(key), ConsistentRead: true }));
  return Item ? unmarshall(Item) : null;
}

/** Seeds an item straight into the engine, e.g. at a version AWS's examples start from. */
async function seed(table: string, item: Record<string, unknown>): Promise<void> {
  await api.dynamo.send(new PutItemCommand({ TableName: table, Item: marshall(item) }));
}

async function deltaRecords(table: string, attribute: string, value: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await api.dynamo.send(new ScanCommand({ TableName: table, FilterExpression: '#a = :v', ExpressionAttributeNames: { '#a': attribute }, ExpressionAttributeValues: { ':v': { S: value } }, ConsistentRead: true }));
  return Items.map((item) => unmarshall(item)).sort((a, b) => Number(a._version) - Number(b._version));
}

const put = (id: string, values: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ operation: 'PutItem', key: { id: S(id) }, attributeValues: values, ...extra });
const update = (id: string, expression: string, names: Record<string, string>, values: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  operation: 'UpdateItem',
  key: { id: S(id) },
  update: { expression, expressionNames: names, expressionValues: values },
  ...extra,
});
const remove = (id: string, extra: Record<string, unknown> = {}) => ({ operation: 'DeleteItem', key: { id: S(id) }, ...extra });

describe('versioned writes', () => {
  it('creates an item at _version 1 with _lastChangedAt and logs the change in the delta table', async () => {
    // Prepare
    const id = freshId('create');
    const before = Date.now();
    // Act
    const created = await api.raw('noDetection', put(id, { title: S('First') }));
    // Assess
    expect(created.error).toBeNull();
    expect(created.result).toEqual({ id, title: 'First', _version: 1, _lastChangedAt: expect.any(Number) });
    const changedAt = created.result!._lastChangedAt as number;
    expect(changedAt).toBeGreaterThanOrEqual(before);
    expect(await stored(TABLES.notes, { id })).toEqual(created.result);
    const [record] = await deltaRecords(TABLES.delta, 'id', id);
    expect(record).toEqual({
      ...created.result,
      ds_pk: `notes:${today()}`,
      ds_sk: `${new Date(changedAt).toISOString().slice(11)}:${id}:1`,
      _ttl: Math.floor(changedAt / 1000) + DELTA_SYNC_TABLE_TTL * 60,
    });
  });

  it('bumps _version on an update carrying the stored version, and logs each version', async () => {
    // Prepare
    const id = freshId('update');
    await api.raw('optimistic', put(id, { title: S('v1') }));
    // Act
    const updated = await api.raw('optimistic', update(id, 'SET #t = :t', { '#t': 'title' }, { ':t': S('v2') }, { _version: 1 }));
    // Assess
    expect(updated).toEqual({ result: { id, title: 'v2', _version: 2, _lastChangedAt: expect.any(Number) }, error: null });
    expect((await deltaRecords(TABLES.delta, 'id', id)).map((record) => [record._version, record.title])).toEqual([
      [1, 'v1'],
      [2, 'v2'],
    ]);
  });

  it('deletes into a tombstone: _deleted, the next _version and a _ttl of BaseTableTTL minutes', async () => {
    // Prepare
    const id = freshId('tombstone');
    await api.raw('optimistic', put(id, { title: S('gone soon') }));
    // Act
    const deleted = await api.raw('optimistic', remove(id, { _version: 1 }));
    // Assess
    const changedAt = deleted.result?._lastChangedAt as number;
    const tombstone = { id, title: 'gone soon', _version: 2, _deleted: true, _lastChangedAt: changedAt, _ttl: Math.floor(changedAt / 1000) + BASE_TABLE_TTL * 60 };
    expect(deleted).toEqual({ result: tombstone, error: null });
    expect(await stored(TABLES.notes, { id })).toEqual(tombstone);
    const records = await deltaRecords(TABLES.delta, 'id', id);
    expect(records[1]).toMatchObject({ _version: 2, _deleted: true, _ttl: Math.floor(changedAt / 1000) + DELTA_SYNC_TABLE_TTL * 60 });
  });

  it('deletes for real when BaseTableTTL is 0, and still logs the deletion', async () => {
    // Prepare
    const id = freshId('hard');
    await api.raw('hard', put(id, { title: S('short-lived') }));
    // Act
    const deleted = await api.raw('hard', remove(id, { _version: 1 }));
    // Assess
    expect(deleted).toEqual({ result: { id, title: 'short-lived', _version: 2, _deleted: true, _lastChangedAt: expect.any(Number) }, error: null });
    expect(await stored(TABLES.hardNotes, { id })).toBeNull();
    expect((await deltaRecords(TABLES.delta, 'id', id)).map((record) => [record.ds_pk, record._version, record._deleted])).toEqual([
      [`hardNotes:${today()}`, 1, undefined],
      [`hardNotes:${today()}`, 2, true],
    ]);
  });

  it('answers null for a delete of an absent item, writing and logging nothing', async () => {
    // Prepare
    const id = freshId('absent');
    // Act
    const deleted = await api.raw('optimistic', remove(id, { _version: 1 }));
    // Assess
    expect(deleted).toEqual({ result: null, error: null });
    expect(await stored(TABLES.notes, { id })).toBeNull();
    expect(await deltaRecords(TABLES.delta, 'id', id)).toEqual([]);
  });

  it('brings a tombstone back with a put at its version', async () => {
    // Prepare
    const id = freshId('revive');
    await api.raw('optimistic', put(id, { title: S('old') }));
    await api.raw('optimistic', remove(id, { _version: 1 }));
    // Act
    const revived = await api.raw('optimistic', put(id, { title: S('new') }, { _version: 2 }));
    // Assess
    expect(revived).toEqual({ result: { id, title: 'new', _version: 3, _lastChangedAt: expect.any(Number) }, error: null });
  });

  it('writes whatever _version a resolver without conflict detection sends, still bumping the stored one', async () => {
    // Prepare
    const id = freshId('nodetect');
    await api.raw('noDetection', put(id, { title: S('a') }));
    await api.raw('noDetection', put(id, { title: S('b') }));
    // Act
    const stale = await api.raw('noDetection', update(id, 'SET #t = :t', { '#t': 'title' }, { ':t': S('c') }, { _version: 1 }));
    // Assess
    expect(stale).toEqual({ result: { id, title: 'c', _version: 3, _lastChangedAt: expect.any(Number) }, error: null });
  });

  it('never loses a version under concurrent writes: each success gets its own', async () => {
    // Prepare
    const id = freshId('race');
    await api.raw('noDetection', put(id, { n: N(0) }));
    // Act
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, index) => api.raw('noDetection', update(id, 'SET #n = :n', { '#n': 'n' }, { ':n': N(index + 1) }))));
    // Assess
    const versions = outcomes.filter((outcome) => !outcome.error).map((outcome) => outcome.result!._version as number);
    expect(outcomes.filter((outcome) => outcome.error).map((outcome) => outcome.error!.type)).toEqual(Array(6 - versions.length).fill('MaxConflicts'));
    expect(new Set(versions).size).toBe(versions.length);
    expect((await stored(TABLES.notes, { id }))?._version).toBe(1 + versions.length);
  });

  it.each([
    ['a PutItem with _version among its values', (id: string) => put(id, { title: S('x'), _version: N(9) })],
    ['an UpdateItem setting _deleted', (id: string) => update(id, 'SET #d = :d', { '#d': '_deleted' }, { ':d': { BOOL: true } })],
    ['an UpdateItem setting _ttl by its bare name', (id: string) => update(id, 'SET _ttl = :t', {}, { ':t': N(1) })],
  ])('refuses %s as BadRequest and writes nothing', async (_case, request) => {
    // Prepare
    const id = freshId('metadata');
    // Act
    const answer = await api.raw('noDetection', request(id));
    // Assess
    expect(answer.result).toBeNull();
    expect(answer.error?.type).toBe('BadRequest');
    expect(await stored(TABLES.notes, { id })).toBeNull();
  });

  it('reports a failed resolver condition as DynamoDB:ConditionalCheckFailedException with the stored item', async () => {
    // Prepare
    const id = freshId('condition');
    const created = await api.raw('optimistic', put(id, { title: S('here') }));
    // Act
    const again = await api.raw('optimistic', put(id, { title: S('again') }, { _version: 1, condition: { expression: 'attribute_not_exists(id)' } }));
    // Assess
    expect(again.result).toEqual(created.result);
    expect(again.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
  });

  it('keys delta records by customPartitionKey, with the whole-table keys in the GSI columns under populateIndexFields', async () => {
    // Prepare
    const pk = freshId('author');
    // Act
    const written = await api.raw('posts', { operation: 'PutItem', key: { pk: S(pk), sk: S('post-1') }, attributeValues: { body: S('hi') }, customPartitionKey: 'pk', populateIndexFields: true });
    // Assess
    const time = new Date(written.result!._lastChangedAt as number).toISOString().slice(11);
    expect((await deltaRecords(TABLES.postsDelta, 'pk', pk)).map(({ ds_pk, ds_sk, gsi_ds_pk, gsi_ds_sk }) => ({ ds_pk, ds_sk, gsi_ds_pk, gsi_ds_sk }))).toEqual([
      { ds_pk: `posts:${today()}:${pk}`, ds_sk: `${time}:post-1:1`, gsi_ds_pk: `posts:${today()}`, gsi_ds_sk: `${time}:${pk}:post-1:1` },
    ]);
  });
});

describe('conflict detection: OPTIMISTIC_CONCURRENCY', () => {
  it.each([
    ['a stale _version', { _version: 1 }],
    ['no _version at all', {}],
  ])('rejects an update with %s as ConflictUnhandled, the stored item in ctx.result', async (_case, version) => {
    // Prepare
    const id = freshId('occ');
    await api.raw('optimistic', put(id, { title: S('v1') }));
    const current = (await api.raw('optimistic', update(id, 'SET #t = :t', { '#t': 'title' }, { ':t': S('v2') }, { _version: 1 }))).result;
    // Act
    const stale = await api.raw('optimistic', update(id, 'SET #t = :t', { '#t': 'title' }, { ':t': S('lost') }, version));
    // Assess
    expect(stale).toEqual({ result: current, error: CONFLICT });
    expect(await stored(TABLES.notes, { id })).toEqual(current);
  });

  it('rejects a stale delete', async () => {
    // Prepare
    const id = freshId('occ-delete');
    const current = (await api.raw('optimistic', put(id, { title: S('keep') }))).result;
    // Act
    const stale = await api.raw('optimistic', remove(id, { _version: 7 }));
    // Assess
    expect(stale).toEqual({ result: current, error: CONFLICT });
  });

  it('surfaces as a GraphQL error whose data is the stored item (ddb.update with _version, util.error)', async () => {
    // Prepare
    const id = freshId('typed');
    await api.raw('optimistic', put(id, { title: S('server') }));
    await api.graphql('mutation U($id: ID!) { updateNote(id: $id, title: "v2", _version: 1) { id } }', { id });
    // Act
    const body = await api.graphql('mutation U($id: ID!) {\n  updateNote(id: $id, title: "stale", _version: 1) { id title _version _deleted }\n}', { id });
    // Assess
    expect(body).toEqual({
      data: { updateNote: null },
      errors: [
        {
          path: ['updateNote'],
          // Cut to the selection: the stored item's other attributes (pk, _lastChangedAt) stay out.
          data: { id, title: 'v2', _version: 2 },
          errorType: 'ConflictUnhandled',
          errorInfo: null,
          locations: [{ line: 2, column: 3, sourceName: null }],
          message: 'Conflict resolver rejects mutation.',
        },
      ],
    });
  });
});

describe('conflict detection: AUTOMERGE', () => {
  it('keeps the server value of a scalar and still bumps the version (AWS: jersey 5 vs 55)', async () => {
    // Prepare
    const id = freshId('merge-scalar');
    await seed(TABLES.notes, { id, name: 'Nadia', jersey: 5, _version: 4 });
    // Act
    const merged = await api.raw('automerge', put(id, { name: S('Nadia'), jersey: N(55) }, { _version: 2 }));
    // Assess
    expect(merged).toEqual({ result: { id, name: 'Nadia', jersey: 5, _version: 5, _lastChangedAt: expect.any(Number) }, error: null });
  });

  it('appends lists, unions sets and fills new or null fields from a stale put', async () => {
    // Prepare
    const id = freshId('merge-collections');
    await api.dynamo.send(
      new PutItemCommand({
        TableName: TABLES.notes,
        Item: { id: S(id), sports: { L: [S('Basketball')] }, points: { NS: ['10'] }, nickname: { NULL: true }, _version: { N: '4' } },
      }),
    );
    // Act
    const merged = await api.raw('automerge', put(id, { sports: { L: [S('Soccer')] }, points: { NS: [10, 20] }, nickname: S('N'), team: S('Blue') }, { _version: 3 }));
    // Assess
    expect(merged.error).toBeNull();
    expect({ ...merged.result, points: (merged.result!.points as number[]).sort((a, b) => a - b) }).toEqual({
      id,
      sports: ['Basketball', 'Soccer'],
      points: [10, 20],
      nickname: 'N',
      team: 'Blue',
      _version: 5,
      _lastChangedAt: expect.any(Number),
    });
  });

  it('merges only what a stale update changes', async () => {
    // Prepare
    const id = freshId('merge-update');
    await seed(TABLES.notes, { id, title: 'server', tags: ['x'], body: 'untouched', _version: 3 });
    // Act
    const merged = await api.raw('automerge', update(id, 'SET #t = :t, #tags = :tags', { '#t': 'title', '#tags': 'tags' }, { ':t': S('client'), ':tags': { L: [S('y')] } }, { _version: 1 }));
    // Assess
    expect(merged).toEqual({ result: { id, title: 'server', tags: ['x', 'y'], body: 'untouched', _version: 4, _lastChangedAt: expect.any(Number) }, error: null });
  });

  it('rejects a stale delete', async () => {
    // Prepare
    const id = freshId('merge-delete');
    await seed(TABLES.notes, { id, _version: 2 });
    // Act
    const stale = await api.raw('automerge', remove(id, { _version: 1 }));
    // Assess
    expect(stale).toEqual({ result: { id, _version: 2 }, error: CONFLICT });
  });
});

describe('conflict detection: LAMBDA', () => {
  it('sends the handler newItem, existingItem, arguments, resolver and identity, and writes a RESOLVE item', async () => {
    // Prepare
    const id = freshId('lambda-resolve');
    await seed(TABLES.notes, { id, title: 'server', _version: 2 });
    api.conflictLambda.answer = (event) => ({ action: 'RESOLVE', item: { ...(event.existingItem as object), title: 'resolved', _version: 99 } });
    const request = update(id, 'SET #t = :t', { '#t': 'title' }, { ':t': S('client') }, { _version: 1 });
    // Act
    const resolved = await api.raw('lambdaMerge', request);
    // Assess
    expect(resolved).toEqual({ result: { id, title: 'resolved', _version: 3, _lastChangedAt: expect.any(Number) }, error: null });
    expect(api.conflictLambda.events).toEqual([
      {
        newItem: { id, title: 'client', _version: 2 },
        existingItem: { id, title: 'server', _version: 2 },
        arguments: { request },
        resolver: { tableName: TABLES.notes, awsRegion: 'us-east-1', parentType: 'Mutation', field: 'lambdaMerge', outputs: [] },
        identity: null,
      },
    ]);
  });

  it('rejects on REJECT', async () => {
    // Prepare
    const id = freshId('lambda-reject');
    await seed(TABLES.notes, { id, title: 'server', _version: 2 });
    api.conflictLambda.answer = () => ({ action: 'REJECT' });
    // Act
    const rejected = await api.raw('lambdaMerge', put(id, { title: S('client') }, { _version: 1 }));
    // Assess
    expect(rejected).toEqual({ result: { id, title: 'server', _version: 2 }, error: CONFLICT });
    expect(api.conflictLambda.events[0]).toMatchObject({ newItem: { id, title: 'client' } });
  });

  it('deletes into a tombstone on REMOVE', async () => {
    // Prepare
    const id = freshId('lambda-remove');
    await seed(TABLES.notes, { id, title: 'server', _version: 2 });
    api.conflictLambda.answer = () => ({ action: 'REMOVE' });
    // Act
    const removed = await api.raw('lambdaMerge', remove(id, { _version: 1 }));
    // Assess
    expect(removed.result).toMatchObject({ id, _version: 3, _deleted: true });
    expect(api.conflictLambda.events[0]).toMatchObject({ newItem: null });
  });

  it.each([
    ['throws', () => {
      throw new Error('cannot decide');
    }, 'Lambda conflict handler failed: cannot decide'],
    ['answers an unknown action', () => ({ action: 'MERGE' }), 'Lambda conflict handler answered an invalid action: "MERGE".'],
    ['answers RESOLVE without an item', () => ({ action: 'RESOLVE' }), 'Lambda conflict handler answered RESOLVE without an item.'],
  ])('answers ConflictError when the handler %s, leaving the item as it was', async (_case, answer, message) => {
    // Prepare
    const id = freshId('lambda-error');
    await seed(TABLES.notes, { id, title: 'server', _version: 2 });
    api.conflictLambda.answer = answer;
    // Act
    const failed = await api.raw('lambdaMerge', put(id, { title: S('client') }, { _version: 1 }));
    // Assess
    expect(failed).toEqual({ result: { id, title: 'server', _version: 2 }, error: { type: 'ConflictError', message } });
    expect(await stored(TABLES.notes, { id })).toEqual({ id, title: 'server', _version: 2 });
  });
});

describe('conditionalCheckFailedHandler: Custom', () => {
  const custom = { strategy: 'Custom', lambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:condition-failed' };
  const guarded = (id: string, title: string) => put(id, { title: S(title), version: N(2) }, { condition: { expression: '#v = :expected', expressionNames: { '#v': 'version' }, expressionValues: { ':expected': N(1) }, conditionalCheckFailedHandler: custom } });

  it('sends arguments, requestMapping, the typed currentValue, resolver and identity; reject keeps the failure', async () => {
    // Prepare
    const id = freshId('custom-reject');
    await seed(TABLES.plain, { id, title: 'server', version: 8 });
    api.conditionLambda.answer = () => ({ action: 'reject' });
    const request = guarded(id, 'client');
    // Act
    const rejected = await api.raw('plain', request);
    // Assess
    expect(rejected.result).toEqual({ id, title: 'server', version: 8 });
    expect(rejected.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(api.conditionLambda.events).toEqual([
      {
        arguments: { request },
        requestMapping: request,
        currentValue: { id: S(id), title: S('server'), version: N(8) },
        resolver: { tableName: TABLES.plain, awsRegion: 'us-east-1', parentType: 'Mutation', field: 'plain', outputs: [] },
        identity: null,
      },
    ]);
  });

  it('succeeds with the stored item on discard', async () => {
    // Prepare
    const id = freshId('custom-discard');
    await seed(TABLES.plain, { id, title: 'server', version: 8 });
    api.conditionLambda.answer = () => ({ action: 'discard' });
    // Act
    const discarded = await api.raw('plain', guarded(id, 'client'));
    // Assess
    expect(discarded).toEqual({ result: { id, title: 'server', version: 8 }, error: null });
  });

  it('retries with the retryMapping’s values and condition, keeping the key', async () => {
    // Prepare
    const id = freshId('custom-retry');
    await seed(TABLES.plain, { id, title: 'server', version: 8 });
    api.conditionLambda.answer = (event) => ({
      action: 'retry',
      retryMapping: {
        key: { id: S('elsewhere') },
        attributeValues: { title: S('retried'), version: N(9) },
        condition: { expression: '#v = :expected', expressionNames: { '#v': 'version' }, expressionValues: { ':expected': (event.currentValue as { version: object }).version } },
      },
    });
    // Act
    const retried = await api.raw('plain', guarded(id, 'client'));
    // Assess
    expect(retried).toEqual({ result: { id, title: 'retried', version: 9 }, error: null });
    expect(await stored(TABLES.plain, { id: 'elsewhere' })).toBeNull();
  });

  it('answers Lambda:Unhandled when the function throws', async () => {
    // Prepare
    const id = freshId('custom-throw');
    await seed(TABLES.plain, { id, version: 8 });
    api.conditionLambda.answer = () => {
      throw new Error('handler broke');
    };
    // Act
    const failed = await api.raw('plain', guarded(id, 'client'));
    // Assess
    expect(failed).toEqual({ result: { id, version: 8 }, error: { type: 'Lambda:Unhandled', message: 'handler broke' } });
  });

  it('also decides a failed resolver condition on a versioned data source', async () => {
    // Prepare
    const id = freshId('custom-versioned');
    const created = await api.raw('noDetection', put(id, { title: S('first') }));
    api.conditionLambda.answer = () => ({ action: 'discard' });
    // Act
    const discarded = await api.raw('noDetection', put(id, { title: S('second') }, { condition: { expression: 'attribute_not_exists(id)', conditionalCheckFailedHandler: custom } }));
    // Assess
    expect(discarded).toEqual({ result: created.result, error: null });
  });
});
