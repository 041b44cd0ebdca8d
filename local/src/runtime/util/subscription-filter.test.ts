import { describe, expect, it } from 'vitest';
import { toSubscriptionFilter } from './subscription-filter';

describe('toSubscriptionFilter', () => {
  it.each([
    [
      'fields of one object into one group',
      [{ a: { eq: 1 }, b: { gt: 2 } }],
      [[{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'b', operator: 'gt', value: 2 }]],
    ],
    [
      'or into separate groups',
      [{ a: { eq: 1 }, or: [{ b: { eq: 2 } }, { c: { eq: 3 } }] }],
      [
        [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'b', operator: 'eq', value: 2 }],
        [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'c', operator: 'eq', value: 3 }],
      ],
    ],
    [
      'and into the same group, minus ignored fields',
      [{ and: [{ a: { eq: 1 } }, { b: { ne: 2 } }], secret: { eq: 'x' } }, ['secret']],
      [[{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'b', operator: 'ne', value: 2 }]],
    ],
    [
      'rules as alternatives that must hold too',
      [{ a: { eq: 1 } }, [], { r1: { eq: 'x' }, r2: { eq: 'y' } }],
      [
        [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'r1', operator: 'eq', value: 'x' }],
        [{ fieldName: 'a', operator: 'eq', value: 1 }, { fieldName: 'r2', operator: 'eq', value: 'y' }],
      ],
    ],
  ])('puts %s', (_name, args, groups) => {
    // Prepare
    const [filter, ignored, rules] = args as [unknown, string[] | undefined, Record<string, unknown> | undefined];

    // Act
    const result = toSubscriptionFilter(filter, ignored, rules);

    // Assess
    expect(result).toEqual({ filterGroup: groups.map((filters) => ({ filters })) });
  });
});
