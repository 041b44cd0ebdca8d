// Tests for the conversions between AppSync's DynamoDB JSON, the engine's wire values and ctx.result items.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { toPlainItem, toWireMap } from './dynamodb-values';

describe('toPlainItem', () => {
  it.each<[string, AttributeValue, unknown]>([
    ['string', { S: 'text' }, 'text'],
    ['number', { N: '-12.5' }, -12.5],
    ['number past 2^53 (nearest number, not a BigInt)', { N: '12345678901234567890' }, 12345678901234567000],
    ['boolean', { BOOL: false }, false],
    ['null', { NULL: true }, null],
    ['binary', { B: new Uint8Array([1, 2, 250]) }, 'AQL6'],
    ['string set', { SS: ['a', 'b'] }, ['a', 'b']],
    ['number set', { NS: ['1', '2.5'] }, [1, 2.5]],
    ['binary set', { BS: [new Uint8Array([1]), Buffer.from([2, 3])] }, ['AQ==', 'AgM=']],
    ['list', { L: [{ S: 'a' }, { N: '1' }, { L: [] }] }, ['a', 1, []]],
    ['map', { M: { inner: { M: { deep: { BOOL: true } } }, n: { N: '0' } } }, { inner: { deep: true }, n: 0 }],
  ])('turns a %s into plain JSON', (_kind, value, expected) => {
    // Act
    const item = toPlainItem({ attribute: value });

    // Assess
    expect(item).toEqual({ attribute: expected });
  });

  it('answers null for a missing item', () => {
    // Act
    const item = toPlainItem(undefined);

    // Assess
    expect(item).toBeNull();
  });

  it("round-trips AppSync's DynamoDB JSON through the wire format", () => {
    // Prepare
    const appsync = { id: { S: 'x' }, count: { N: 3 }, blob: { B: 'AQL6' }, gone: { NULL: null }, tags: { SS: ['a'] } };

    // Act
    const item = toPlainItem(toWireMap(appsync));

    // Assess
    expect(item).toEqual({ id: 'x', count: 3, blob: 'AQL6', gone: null, tags: ['a'] });
  });
});
