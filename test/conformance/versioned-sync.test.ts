// The Sync operation of versioned data sources over real GraphQL/HTTP against DynamoDB Local (AWS "Using DynamoDB
// sync operations on versioned data sources", JS reference "Sync"): base scan vs delta query by lastSync, paging
// with a stable startedAt, limits, filters, day partitions, deltaIndexName, and ddb.sync through the helper module.
import { BatchWriteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELTA_SYNC_TABLE_TTL, startVersionedApi, TABLES, type VersionedApi } from './versioned-api/start-versioned-api';

let api: VersionedApi;

beforeAll(async () => {
  api = await startVersionedApi();
});

afterAll(async () => {
  await api?.stop();
});

const S = (value: string) => ({ S: value });
let counter = 0;
const freshId = (label: string) => `${label}-${(counter += 1)}`;
const MINUTE = 60_000;

type Item = Record<string, unknown>;
interface SyncPage {
  items: Item[];
  nextToken: string | null;
  startedAt: number;
}

async function write(request: Record<string, unknown>): Promise<Item> {
  const answer = await api.raw('noDetection', request);
  expect(answer.error).toBeNull();
  return answer.result!;
}

const create = (id: string, title = id) => write({ operation: 'PutItem', key: { id: S(id) }, attributeValues: { title: S(title) } });

async function sync(request: Record<string, unknown>, field = 'syncNotes'): Promise<SyncPage> {
  const answer = await api.raw(field, { operation: 'Sync', ...request });
  expect(answer.error).toBeNull();
  return answer.result as unknown as SyncPage;
}

/** Every page of one Sync, following nextToken. */
async function syncAll(request: Record<string, unknown>, field = 'syncNotes'): Promise<SyncPage[]> {
  const pages = [await sync(request, field)];
  while (pages.at(-1)!.nextToken) pages.push(await sync({ ...request, nextToken: pages.at(-1)!.nextToken }, field));
  return pages;
}

const mine = (items: Item[], ids: string[]) => items.filter((item) => ids.includes(item.id as string));
const versions = (items: Item[]) => items.map((item) => [item.id, item._version]).sort((a, b) => String(a).localeCompare(String(b)));

describe('Sync without lastSync: the base table', () => {
  it('scans every item, tombstones included, and says when it started', async () => {
    // Prepare
    const [kept, gone] = [freshId('base'), freshId('base')];
    await create(kept);
    await create(gone);
    await write({ operation: 'DeleteItem', key: { id: S(gone) } });
    const before = Date.now();
    // Act
    const page = await sync({});
    // Assess
    expect(page.nextToken).toBeNull();
    expect(page.startedAt).toBeGreaterThanOrEqual(before);
    expect(page.startedAt).toBeLessThanOrEqual(Date.now());
    expect(mine(page.items, [kept, gone]).map((item) => [item.id, item._version, item._deleted ?? false]).sort()).toEqual([
      [kept, 1, false],
      [gone, 2, true],
    ]);
  });

  it('pages by limit with one startedAt for every page, each item once', async () => {
    // Prepare
    const ids = [1, 2, 3, 4, 5].map(() => freshId('paged'));
    for (const id of ids) await create(id);
    // Act
    const pages = await syncAll({ limit: 2 });
    // Assess
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((page) => page.items.length <= 2)).toBe(true);
    expect(new Set(pages.map((page) => page.startedAt)).size).toBe(1);
    const seen = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(mine(pages.flatMap((page) => page.items), ids).map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('applies the filter after the limit', async () => {
    // Prepare
    const [wanted, other] = [freshId('filtered'), freshId('filtered')];
    await create(wanted, 'wanted');
    await create(other, 'other');
    // Act
    const pages = await syncAll({ limit: 1, filter: { expression: '#t = :t', expressionNames: { '#t': 'title' }, expressionValues: { ':t': S('wanted') } } });
    // Assess
    expect(pages.some((page) => page.items.length === 0 && page.nextToken)).toBe(true);
    expect(pages.flatMap((page) => page.items).map((item) => item.id)).toEqual([wanted]);
  });

  it.each([
    ['scans the base table when lastSync is older than DeltaSyncTableTTL', DELTA_SYNC_TABLE_TTL + 1, [{ id: 'seeded-only-in-base', _version: 7 }]],
    ['queries the delta table when lastSync is within DeltaSyncTableTTL', DELTA_SYNC_TABLE_TTL - 1, []],
  ])('%s', async (_case, minutesAgo, expected) => {
    // Prepare: an item the delta table never saw
    await api.dynamo.send(new PutItemCommand({ TableName: TABLES.notes, Item: marshall({ id: 'seeded-only-in-base', _version: 7 }) }));
    // Act
    const pages = await syncAll({ lastSync: Date.now() - minutesAgo * MINUTE, limit: 1000 });
    // Assess
    expect(mine(pages.flatMap((page) => page.items), ['seeded-only-in-base'])).toEqual(expected);
  });
});

describe('Sync limits', () => {
  beforeAll(async () => {
    const items = Array.from({ length: 1001 }, (_, index) => ({ PutRequest: { Item: marshall({ pk: 'bulk', sk: String(index).padStart(4, '0'), _version: 1 }) } }));
    for (let start = 0; start < items.length; start += 25) {
      await api.dynamo.send(new BatchWriteItemCommand({ RequestItems: { [TABLES.posts]: items.slice(start, start + 25) } }));
    }
  });

  it.each([
    ['evaluates 100 items without a limit', {}, 100],
    ['evaluates at most 1,000 items whatever the limit', { limit: 5000 }, 1000],
  ])('%s', async (_case, request, size) => {
    // Act
    const page = await sync(request, 'syncPosts');
    // Assess
    expect(page.items).toHaveLength(size);
    expect(page.nextToken).toEqual(expect.any(String));
  });
});

describe('Sync with a recent lastSync: the delta table', () => {
  it('returns only the changes since lastSync, deletions as tombstones, without the delta keys', async () => {
    // Prepare
    const [untouched, updated, deleted] = [freshId('delta'), freshId('delta'), freshId('delta')];
    for (const id of [untouched, updated, deleted]) await create(id);
    const lastSync = Date.now() + 1;
    while (Date.now() < lastSync); // the changes below must fall on lastSync's millisecond or later
    await write({ operation: 'UpdateItem', key: { id: S(updated) }, update: { expression: 'SET #t = :t', expressionNames: { '#t': 'title' }, expressionValues: { ':t': S('new') } } });
    await write({ operation: 'DeleteItem', key: { id: S(deleted) } });
    const added = freshId('delta');
    await create(added);
    // Act
    const pages = await syncAll({ lastSync });
    // Assess
    const items = pages.flatMap((page) => page.items);
    expect(versions(items)).toEqual(versions([{ id: updated, _version: 2 }, { id: deleted, _version: 2 }, { id: added, _version: 1 }]));
    expect(items.find((item) => item.id === deleted)).toMatchObject({ _deleted: true });
    expect(items.find((item) => item.id === updated)).toEqual({ id: updated, title: 'new', _version: 2, _lastChangedAt: expect.any(Number), _ttl: expect.any(Number) });
  });

  it('reads every day partition from lastSync’s day to today, and pages across them', async () => {
    // Prepare
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const record = (id: string, time: string) => ({ ds_pk: `notes:${yesterday}`, ds_sk: `${time}:${id}:1`, id, title: 'old day', _version: 1 });
    const [before, after] = [freshId('day'), freshId('day')];
    await api.dynamo.send(new PutItemCommand({ TableName: TABLES.delta, Item: marshall(record(before, '11:00:00.000Z')) }));
    await api.dynamo.send(new PutItemCommand({ TableName: TABLES.delta, Item: marshall(record(after, '13:00:00.000Z')) }));
    const today = freshId('day');
    await create(today);
    // Act
    const pages = await syncAll({ lastSync: Date.parse(`${yesterday}T12:00:00.000Z`), limit: 1 });
    // Assess
    const ids = pages.flatMap((page) => page.items).map((item) => item.id);
    expect(ids).toContain(after);
    expect(ids).toContain(today);
    expect(ids).not.toContain(before);
    expect(ids.indexOf(after)).toBeLessThan(ids.indexOf(today));
    expect(new Set(pages.map((page) => page.startedAt)).size).toBe(1);
  });

  it('reads the deltaIndexName GSI, where customPartitionKey writes keep the whole-table keys', async () => {
    // Prepare
    const lastSync = Date.now() - MINUTE;
    const pk = freshId('author');
    await api.raw('posts', { operation: 'PutItem', key: { pk: S(pk), sk: S('p1') }, attributeValues: { body: S('hi') }, customPartitionKey: 'pk', populateIndexFields: true });
    // Act
    const byIndex = await syncAll({ lastSync, deltaIndexName: 'deltaPartitionKeyIndex', basePartitionKey: 'pk' }, 'syncPosts');
    const byTable = await syncAll({ lastSync }, 'syncPosts');
    // Assess
    expect(byIndex.flatMap((page) => page.items).filter((item) => item.pk === pk)).toEqual([expect.objectContaining({ pk, sk: 'p1', body: 'hi', _version: 1 })]);
    expect(byTable.flatMap((page) => page.items).filter((item) => item.pk === pk)).toEqual([]);
  });
});

describe('Sync errors and helpers', () => {
  it('rejects a tampered nextToken', async () => {
    // Prepare
    await create(freshId('token'));
    const first = await sync({ limit: 1 });
    // Act
    const answer = await api.raw('syncNotes', { operation: 'Sync', limit: 1, nextToken: `${first.nextToken}x` });
    // Assess
    expect(answer.result).toBeNull();
    expect(answer.error?.type).toBe('DynamoDB:DynamoDbException');
  });

  it('is not an operation of an unversioned data source', async () => {
    // Act
    const body = await api.graphql('mutation { plain(request: "{\\"operation\\":\\"Sync\\"}") }');
    // Assess
    expect(body.errors).toEqual([expect.objectContaining({ errorType: 'MappingTemplate', message: "Unsupported operation 'Sync'." })]);
  });

  it('serves ddb.sync from the helper module as {items, nextToken, startedAt}', async () => {
    // Prepare
    const id = freshId('helper');
    const before = Date.now() - 1;
    await create(id);
    // Act
    const body = await api.graphql('query L($lastSync: AWSTimestamp) { listNotes(lastSync: $lastSync, limit: 1000) { items { id _version } nextToken startedAt } }', { lastSync: before });
    // Assess
    expect(body.errors).toBeUndefined();
    const page = body.data!.listNotes as SyncPage;
    expect(page.items).toContainEqual({ id, _version: 1 });
    expect(page.nextToken).toBeNull();
    expect(page.startedAt).toBeGreaterThan(before);
  });
});
