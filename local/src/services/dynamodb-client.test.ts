// Tests for the local DynamoDB client factory.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from './dynamodb-client';
import { freePort } from './ports';

describe('createLocalDynamoDbClient', () => {
  it('fails fast, without retries, when nothing listens on the endpoint', async () => {
    // Prepare
    const client = createLocalDynamoDbClient(`http://127.0.0.1:${await freePort()}`);
    const began = Date.now();

    // Act
    const err = (await client.send(new ListTablesCommand({})).catch((e: unknown) => e)) as Error & { $metadata?: { attempts?: number } };
    client.destroy();

    // Assess
    expect(err).toBeInstanceOf(Error);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(err.$metadata?.attempts ?? 1).toBe(1);
  });
});
