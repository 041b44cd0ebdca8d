// How configured Lambdas are found from the ARNs and names that DynamoDB conflict and condition handlers carry.
import { describe, expect, it } from 'vitest';
import type { DataSource } from '../datasources/data-source';
import { createFunctionLookup, functionNameOf } from './create-data-sources';
import type { DataSourceConfig } from './local-api-config';

describe('functionNameOf', () => {
  it.each([
    ['arn:aws:lambda:us-east-1:123456789012:function:resolve-conflicts', 'resolve-conflicts'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:resolve-conflicts:live', 'resolve-conflicts'],
    ['arn:aws-cn:lambda:cn-north-1:123456789012:function:fn', 'fn'],
    ['resolve-conflicts', 'resolve-conflicts'],
  ])('%s → %s', (reference, name) => {
    // Act / Assess
    expect(functionNameOf(reference)).toBe(name);
  });
});

describe('createFunctionLookup', () => {
  const configs: Record<string, DataSourceConfig> = {
    conflicts: { kind: 'AWS_LAMBDA', functionName: 'resolve-conflicts', handler: async () => null },
    table: { kind: 'AMAZON_DYNAMODB', tableName: 't' },
  };
  const calls: unknown[] = [];
  const adapters = { conflicts: { call: async (event: unknown) => (calls.push(event), { ok: true, value: 'answer' }) } as unknown as DataSource };

  it.each([
    ['its function ARN', 'arn:aws:lambda:us-east-1:1:function:resolve-conflicts', true],
    ['its data-source name', 'conflicts', true],
    ['a function nobody configured', 'arn:aws:lambda:us-east-1:1:function:missing', false],
    ['a data source that is no Lambda', 'table', false],
  ])('finds a Lambda by %s: %s', (_case, reference, found) => {
    // Act
    const invoker = createFunctionLookup(configs, () => adapters)(reference);
    // Assess
    expect(invoker !== undefined).toBe(found);
  });

  it('runs the adapter that exists when it is called', async () => {
    // Prepare
    const invoker = createFunctionLookup(configs, () => adapters)('resolve-conflicts')!;
    // Act
    const answer = await invoker({ id: 1 });
    // Assess
    expect(answer).toEqual({ ok: true, value: 'answer' });
    expect(calls).toEqual([{ id: 1 }]);
  });
});
