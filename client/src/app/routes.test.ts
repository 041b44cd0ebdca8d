import { describe, expect, it } from 'vitest';
import { hashFor, routeFromHash } from './routes';
import type { Route } from './routes';

describe('routeFromHash', () => {
  it.each([
    ['', 'events'],
    ['#/', 'events'],
    ['#/organizer', 'organizer'],
    ['#/organizer/', 'organizer'],
    ['#organizer', 'organizer'],
    ['#/sign-in', 'sign-in'],
    ['#/nowhere', 'events'],
  ])('%j → %s', (hash, expected) => {
    expect(routeFromHash(hash)).toBe(expected);
  });

  it.each<Route>(['events', 'organizer', 'sign-in'])('round-trips %s', (route) => {
    expect(routeFromHash(hashFor(route))).toBe(route);
  });
});
