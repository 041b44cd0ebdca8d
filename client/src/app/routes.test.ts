import { describe, expect, it } from 'vitest';
import { canonicalUrl, hashFor, NO_FILTERS, routeFromHash, routeFromLocation } from './routes';
import type { Route } from './routes';

describe('routeFromHash', () => {
  it.each<[string, Route]>([
    ['', { name: 'events', filters: NO_FILTERS }],
    ['#/', { name: 'events', filters: NO_FILTERS }],
    ['#/?from=2026-05-01&to=nonsense&category=tech&tag=%20graphql%20', { name: 'events', filters: { from: '2026-05-01', to: '', category: 'tech', tag: 'graphql' } }],
    ['#/events/e%2F1', { name: 'event', id: 'e/1' }],
    ['#/organizer', { name: 'organizer' }],
    ['#/organizer/', { name: 'organizer' }],
    ['#organizer', { name: 'organizer' }],
    ['#/organizer/new', { name: 'new-event' }],
    ['#/organizer/events/e1', { name: 'edit-event', id: 'e1' }],
    ['#/sign-in?returnTo=%23%2Fevents%2Fe1', { name: 'sign-in', returnTo: '#/events/e1' }],
    ['#/sign-in?returnTo=https%3A%2F%2Fevil.example', { name: 'sign-in', returnTo: null }],
    ['#/sign-up', { name: 'sign-up' }],
    ['#/confirm-sign-up?username=ann', { name: 'confirm-sign-up', username: 'ann' }],
    ['#/registrations', { name: 'registrations' }],
    ['#/subscribe', { name: 'subscribe' }],
    ['#/confirm?token=abc_-1', { name: 'confirm-subscription', token: 'abc_-1' }],
    ['#/unsubscribe?token=xyz', { name: 'unsubscribe', token: 'xyz' }],
    ['#/confirm', { name: 'confirm-subscription', token: '' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
  ])('%j', (hash, expected) => {
    expect(routeFromHash(hash)).toEqual(expected);
  });

  it.each<Route>([
    { name: 'events', filters: NO_FILTERS },
    { name: 'events', filters: { from: '2026-05-01', to: '2026-05-31', category: 'tech', tag: 'a b' } },
    { name: 'event', id: 'e 1/2' },
    { name: 'sign-in', returnTo: '#/events/e1' },
    { name: 'sign-up' },
    { name: 'confirm-sign-up', username: 'ann' },
    { name: 'registrations' },
    { name: 'organizer' },
    { name: 'new-event' },
    { name: 'edit-event', id: 'e1' },
    { name: 'subscribe' },
    { name: 'confirm-subscription', token: 't1' },
    { name: 'unsubscribe', token: 't2' },
  ])('round-trips %j', (route) => {
    expect(routeFromHash(hashFor(route))).toEqual(route);
  });
});

describe('routeFromLocation: links from mail', () => {
  it.each<[string, { pathname: string; search: string; hash: string }, Route]>([
    ['query before the hash', { pathname: '/', search: '?token=t1', hash: '#/confirm' }, { name: 'confirm-subscription', token: 't1' }],
    ['hash query wins over search', { pathname: '/', search: '?token=old', hash: '#/confirm?token=new' }, { name: 'confirm-subscription', token: 'new' }],
    ['mailer default confirm path', { pathname: '/subscriptions/confirm', search: '?token=t1', hash: '' }, { name: 'confirm-subscription', token: 't1' }],
    ['event path below a base', { pathname: '/app/events/e1', search: '', hash: '' }, { name: 'event', id: 'e1' }],
    ['unsubscribe path', { pathname: '/unsubscribe', search: '?token=t2', hash: '' }, { name: 'unsubscribe', token: 't2' }],
    ['the app root', { pathname: '/', search: '', hash: '' }, { name: 'events', filters: NO_FILTERS }],
  ])('%s', (_case, location, expected) => {
    expect(routeFromLocation(location)).toEqual(expected);
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['already canonical', { pathname: '/', search: '', hash: '#/events/e1' }, null],
    ['root without hash', { pathname: '/', search: '', hash: '' }, null],
    ['query before the hash', { pathname: '/', search: '?token=t1', hash: '#/confirm' }, '/#/confirm?token=t1'],
    ['mail path below a base', { pathname: '/app/subscriptions/confirm', search: '?token=t1', hash: '' }, '/app/#/confirm?token=t1'],
    ['event path', { pathname: '/events/e1', search: '', hash: '' }, '/#/events/e1'],
  ])('%s', (_case, location, expected) => {
    expect(canonicalUrl(location)).toBe(expected);
  });
});
