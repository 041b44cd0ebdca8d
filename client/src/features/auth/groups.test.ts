import { describe, expect, it } from 'vitest';
import { canOrganize, groupsFromPayload } from './groups';

describe('groupsFromPayload', () => {
  it.each([
    ['groups claim', { 'cognito:groups': ['organizers', 7] }, ['organizers']],
    ['no claim (user in no group)', { sub: 'x' }, []],
    ['malformed claim', { 'cognito:groups': 'admins' }, []],
    ['no payload', undefined, []],
  ])('%s', (_case, payload, expected) => {
    expect(groupsFromPayload(payload)).toEqual(expected);
  });
});

describe('canOrganize', () => {
  it.each([
    [['organizers'], true],
    [['admins'], true],
    [['attendees'], false],
    [[], false],
  ])('%j → %s', (groups, expected) => {
    expect(canOrganize(groups)).toBe(expected);
  });
});
