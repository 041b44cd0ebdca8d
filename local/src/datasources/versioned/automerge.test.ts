// AUTOMERGE on engine-typed items, with the examples of AWS's "Conflict detection and resolution" page.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { automerge, changedAttributes } from './automerge';

const S = (value: string) => ({ S: value });
const N = (value: number) => ({ N: String(value) });

describe('automerge', () => {
  it.each<[string, AttributeValue | undefined, AttributeValue, AttributeValue]>([
    ['a scalar keeps the server value (AWS: jersey 5 vs 55)', N(5), N(55), N(5)],
    ['a list appends the incoming values, duplicates kept', { L: [S('Basketball')] }, { L: [S('Soccer'), S('Basketball')] }, { L: [S('Basketball'), S('Soccer'), S('Basketball')] }],
    ['a string set takes the union', { SS: ['a', 'b'] }, { SS: ['b', 'c'] }, { SS: ['a', 'b', 'c'] }],
    ['a number set takes the union', { NS: ['1'] }, { NS: ['1', '2'] }, { NS: ['1', '2'] }],
    ['a new field is added', undefined, S('new'), S('new')],
    ['a null field takes the incoming value', { NULL: true }, S('filled'), S('filled')],
    ['an incoming null loses to a server value', S('kept'), { NULL: true }, S('kept')],
    ['a list against a scalar keeps the server value', S('kept'), { L: [S('x')] }, S('kept')],
    ['a map applies the rules per entry', { M: { a: N(1), tags: { L: [S('x')] } } }, { M: { a: N(2), tags: { L: [S('y')] }, b: S('new') } }, { M: { a: N(1), tags: { L: [S('x'), S('y')] }, b: S('new') } }],
  ])('%s', (_rule, server, incoming, merged) => {
    // Prepare
    const stored: Record<string, AttributeValue> = server === undefined ? { id: S('1') } : { id: S('1'), field: server };
    // Act
    const item = automerge(stored, { id: S('1'), field: incoming });
    // Assess
    expect(item).toEqual({ id: S('1'), field: merged });
  });

  it('keeps server attributes the mutation does not mention', () => {
    // Act
    const item = automerge({ id: S('1'), name: S('Nadia'), _version: N(4) }, { id: S('1'), jersey: N(5) });
    // Assess
    expect(item).toEqual({ id: S('1'), name: S('Nadia'), _version: N(4), jersey: N(5) });
  });
});

describe('changedAttributes', () => {
  it('keeps what an update preview changed or added, not what it left alone', () => {
    // Prepare
    const server = { id: S('1'), title: S('a'), tags: { L: [S('x')] } };
    const preview = { id: S('1'), title: S('b'), tags: { L: [S('x')] }, extra: N(1) };
    // Act
    const changes = changedAttributes(server, preview);
    // Assess
    expect(changes).toEqual({ title: S('b'), extra: N(1) });
  });
});
