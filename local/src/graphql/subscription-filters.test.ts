// Enhanced filters: every operator on a sample payload, and every AppSync limit at and past its bound.
import { describe, expect, it } from 'vitest';
import { checkSubscriptionFilter, matchesFilter, type SubscriptionFilter } from './subscription-filters';

const filterOf = (...groups: [string, string, unknown][][]): SubscriptionFilter => ({
  filterGroup: groups.map((filters) => ({ filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value }) as never) })),
});

const ticket = { title: 'Printer jam', severity: 3, tags: ['hardware', 'urgent'], group: 'ops', done: false, meta: { level: 2, source: { kind: 'email' } } };

describe('matchesFilter', () => {
  it.each<[string, SubscriptionFilter, boolean]>([
    ['eq on a string', filterOf([['group', 'eq', 'ops']]), true],
    ['eq on a boolean', filterOf([['done', 'eq', false]]), true],
    ['eq is strict about types', filterOf([['severity', 'eq', '3']]), false],
    ['eq on a missing field', filterOf([['owner', 'eq', 'ann']]), false],
    ['ne', filterOf([['group', 'ne', 'net']]), true],
    ['ne on a missing field', filterOf([['owner', 'ne', 'ann']]), true],
    ['lt', filterOf([['severity', 'lt', 3]]), false],
    ['le', filterOf([['severity', 'le', 3]]), true],
    ['gt on strings', filterOf([['group', 'gt', 'net']]), true],
    ['ge across types', filterOf([['severity', 'ge', '1']]), false],
    ['contains on a string', filterOf([['title', 'contains', 'jam']]), true],
    ['contains on a list', filterOf([['tags', 'contains', 'urgent']]), true],
    ['contains on a missing field', filterOf([['notes', 'contains', 'x']]), false],
    ['notContains on a list', filterOf([['tags', 'notContains', 'urgent']]), false],
    ['notContains on a missing field', filterOf([['notes', 'notContains', 'x']]), true],
    ['beginsWith', filterOf([['title', 'beginsWith', 'Print']]), true],
    ['in', filterOf([['severity', 'in', [1, 3]]]), true],
    ['notIn', filterOf([['group', 'notIn', ['ops', 'net']]]), false],
    ['between, inclusive', filterOf([['severity', 'between', [3, 5]]]), true],
    ['between, outside', filterOf([['severity', 'between', [4, 5]]]), false],
    ['containsAny on a list', filterOf([['tags', 'containsAny', ['network', 'hardware']]]), true],
    ['containsAny on a scalar field', filterOf([['group', 'containsAny', ['ops']]]), true],
    ['a dotted path', filterOf([['meta.source.kind', 'eq', 'email']]), true],
    ['a dotted path through a scalar', filterOf([['title.length', 'eq', 11]]), false],
    ['AND inside a group', filterOf([['group', 'eq', 'ops'], ['severity', 'gt', 5]]), false],
    ['OR across groups', filterOf([['severity', 'gt', 5]], [['group', 'eq', 'ops']]), true],
    ['no groups at all', { filterGroup: [] }, true],
  ])('%s', (_name, filter, expected) => {
    // Act
    const matched = matchesFilter(filter, ticket);

    // Assess
    expect(matched).toBe(expected);
  });
});

describe('checkSubscriptionFilter', () => {
  const values = (count: number) => Array.from({ length: count }, (_, index) => index);

  it('accepts what util.transform.toSubscriptionFilter produces', () => {
    // Prepare
    const filter = filterOf([['severity', 'ge', 7], ['priority', 'in', ['high', 'medium']]], [['category', 'eq', 'security']]);

    // Act
    const checked = checkSubscriptionFilter(filter);

    // Assess
    expect(checked).toEqual({ ok: true, filter });
  });

  it.each<[string, unknown, string | RegExp]>([
    ['not an object', 'severity > 5', /must be an object with a "filterGroup" list/],
    ['11 groups', filterOf(...values(11).map((value): [string, string, unknown][] => [['severity', 'eq', value]])), 'Filters combination exceed maximum limit 10 for subscription.'],
    ['6 filters in a group', filterOf(values(6).map((value): [string, string, unknown] => [`f${value}`, 'eq', value])), 'Filters exceed maximum attributes limit 5 for subscription.'],
    ['an empty group', { filterGroup: [{ filters: [] }] }, /non-empty "filters" list/],
    ['one field twice in a group', filterOf([['severity', 'ge', 1], ['severity', 'le', 3]]), /same fieldName multiple time: severity/],
    ['a filter without fieldName', { filterGroup: [{ filters: [{ operator: 'eq', value: 1 }] }] }, /string "fieldName"/],
    ['an empty path segment', filterOf([['meta..level', 'eq', 1]]), /dotted path/],
    ['a path of 6 levels', filterOf([['a.b.c.d.e.f', 'eq', 1]]), /deeper than 5 levels/],
    ['a path of 257 characters', filterOf([['p'.repeat(257), 'eq', 1]]), /at most 256 characters/],
    ['an unknown operator', filterOf([['title', 'attributeExists', true]]), /Unsupported filter operator "attributeExists"/],
    ['eq with an object', filterOf([['meta', 'eq', { level: 2 }]]), /string, number or boolean/],
    ['lt with a boolean', filterOf([['done', 'lt', true]]), /string or number/],
    ['beginsWith with a number', filterOf([['title', 'beginsWith', 1]]), /string value/],
    ['in with 6 values', filterOf([['severity', 'in', values(6)]]), /maximum values limit 5 for operator in/],
    ['notIn with a scalar', filterOf([['severity', 'notIn', 3]]), /non-empty list/],
    ['containsAny with 21 values', filterOf([['tags', 'containsAny', values(21)]]), /maximum values limit 20 for operator containsAny/],
    ['between with mixed types', filterOf([['severity', 'between', [1, 'z']]]), /\[low, high\]/],
  ])('refuses %s', (_name, filter, message) => {
    // Act
    const checked = checkSubscriptionFilter(filter);

    // Assess
    expect(checked).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it.each<[string, unknown]>([
    ['10 groups', filterOf(...values(10).map((value): [string, string, unknown][] => [['severity', 'eq', value]]))],
    ['5 filters in a group', filterOf(values(5).map((value): [string, string, unknown] => [`f${value}`, 'eq', value]))],
    ['in with 5 values', filterOf([['severity', 'in', values(5)]])],
    ['containsAny with 20 values', filterOf([['tags', 'containsAny', values(20)]])],
    ['a path of 5 levels', filterOf([['a.b.c.d.e', 'eq', 1]])],
  ])('accepts %s, the limit itself', (_name, filter) => {
    // Act
    const checked = checkSubscriptionFilter(filter);

    // Assess
    expect(checked.ok).toBe(true);
  });
});
