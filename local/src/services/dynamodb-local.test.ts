// Tests for the DynamoDB Local launcher: start, readiness, clean stop, and persistence with dbPath.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from './dynamodb-client';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { ensureTable } from './dynamodb-provision';
import { freePort } from './ports';

const running: DynamoDbLocal[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((db) => db.stop()));
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start(dbPath?: string): Promise<DynamoDbLocal> {
  const db = await startDynamoDbLocal({ port: await freePort(), dbPath });
  running.push(db);
  return db;
}

describe('startDynamoDbLocal', () => {
  it('starts in memory on 127.0.0.1, answers ListTables, and stop() leaves no java process', async () => {
    // Prepare
    const began = Date.now();

    // Act
    const db = await start();
    const startMs = Date.now() - began;
    const client = createLocalDynamoDbClient(db.endpoint);
    const tables = await client.send(new ListTablesCommand({}));
    client.destroy();
    await db.stop();

    // Assess
    console.info(`DynamoDB Local (in memory) ready in ${startMs} ms`);
    expect(db.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(tables.TableNames).toEqual([]);
    expect(isAlive(db.child.pid)).toBe(false);
    await expect(db.child.exited).resolves.not.toBeUndefined();
  });

  it('keeps items across a restart on the same dbPath', async () => {
    // Prepare
    const dbPath = await mkdtemp(join(tmpdir(), 'herald-ddb-'));
    tempDirs.push(dbPath);
    const first = await start(dbPath);
    const writer = createLocalDynamoDbClient(first.endpoint);
    await ensureTable(writer, {
      TableName: 'persist',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    });
    await writer.send(new PutItemCommand({ TableName: 'persist', Item: { pk: { S: 'kept' }, n: { N: '42' } } }));
    writer.destroy();
    await first.stop();

    // Act
    const second = await start(dbPath);
    const reader = createLocalDynamoDbClient(second.endpoint, 'eu-west-1');
    const { Item } = await reader.send(new GetItemCommand({ TableName: 'persist', Key: { pk: { S: 'kept' } } }));
    reader.destroy();

    // Assess
    expect(Item).toEqual({ pk: { S: 'kept' }, n: { N: '42' } });
  });

  it('explains how to install Java when java is not on PATH', async () => {
    // Prepare
    const savedPath = process.env.PATH;
    process.env.PATH = '/nonexistent-dir';

    // Act
    const started = startDynamoDbLocal({ port: await freePort() }).finally(() => {
      process.env.PATH = savedPath;
    });

    // Assess
    await expect(started).rejects.toThrow('apt-get install -y default-jre-headless');
  });
});
