// Hash routes: the whole navigation model, small enough to need no router library. Hash routing keeps
// the app a set of static files any host can serve. Links from mail may also arrive as paths
// (/events/<id>, /subscriptions/confirm?token=…) or with the query before the hash; all map to one route.

export interface EventFilters {
  /** First day, "YYYY-MM-DD" in the viewer's zone; empty means from now. */
  from: string;
  /** Last day (inclusive), "YYYY-MM-DD"; empty means open-ended. */
  to: string;
  category: string;
  tag: string;
}

export type Route =
  | { name: 'events'; filters: EventFilters }
  | { name: 'event'; id: string }
  | { name: 'sign-in'; returnTo: string | null }
  | { name: 'sign-up' }
  | { name: 'confirm-sign-up'; username: string }
  | { name: 'registrations' }
  | { name: 'organizer' }
  | { name: 'new-event' }
  | { name: 'edit-event'; id: string }
  | { name: 'subscribe' }
  | { name: 'confirm-subscription'; token: string }
  | { name: 'unsubscribe'; token: string }
  | { name: 'not-found'; path: string };

export const NO_FILTERS: EventFilters = { from: '', to: '', category: '', tag: '' };

/** The parts of `window.location` routing reads. */
export interface LocationParts {
  pathname: string;
  search: string;
  hash: string;
}

// Paths mail links may use; the app may live below a base path, so only the tail counts.
const MAIL_LINK_PATH = /\/(events\/[^/]+|subscriptions\/confirm|confirm|unsubscribe)\/?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string {
  return value && DAY.test(value) ? value : '';
}

function routeFromPath(path: string, query: URLSearchParams): Route {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = segments;
  const text = (key: string) => query.get(key)?.trim() ?? '';
  switch (segments.length) {
    case 0:
      return {
        name: 'events',
        filters: { from: day(query.get('from')), to: day(query.get('to')), category: text('category'), tag: text('tag') },
      };
    case 1:
      if (first === 'sign-in') {
        const returnTo = query.get('returnTo');
        // Only in-app hashes, so a crafted link cannot send someone elsewhere after signing in.
        return { name: 'sign-in', returnTo: returnTo?.startsWith('#/') ? returnTo : null };
      }
      if (first === 'sign-up') return { name: 'sign-up' };
      if (first === 'confirm-sign-up') return { name: 'confirm-sign-up', username: text('username') };
      if (first === 'registrations') return { name: 'registrations' };
      if (first === 'organizer') return { name: 'organizer' };
      if (first === 'subscribe') return { name: 'subscribe' };
      if (first === 'confirm') return { name: 'confirm-subscription', token: text('token') };
      if (first === 'unsubscribe') return { name: 'unsubscribe', token: text('token') };
      break;
    case 2:
      if (first === 'events') return { name: 'event', id: second };
      if (first === 'organizer' && second === 'new') return { name: 'new-event' };
      if (first === 'subscriptions' && second === 'confirm') return { name: 'confirm-subscription', token: text('token') };
      break;
    case 3:
      if (first === 'organizer' && second === 'events') return { name: 'edit-event', id: third };
      break;
  }
  return { name: 'not-found', path: `/${segments.join('/')}` };
}

/**
 * The route for a location. A non-empty hash decides; its own query wins over `search` (a mailer that
 * appends `?token=` to `<app>/#/confirm` puts it before the hash). Without a hash the path decides, so
 * `/events/<id>` and `/subscriptions/confirm?token=…` work where the host serves index.html for them.
 */
export function routeFromLocation({ pathname, search, hash }: LocationParts): Route {
  const query = new URLSearchParams(search);
  const hashPath = hash.replace(/^#\/?/, '');
  if (hashPath) {
    const [path, hashQuery = ''] = hashPath.split(/\?(.*)/s);
    for (const [key, value] of new URLSearchParams(hashQuery)) query.set(key, value);
    return routeFromPath(path, query);
  }
  if (hash.length > 0) return routeFromPath('', query);
  const tail = MAIL_LINK_PATH.exec(pathname);
  return routeFromPath(tail ? tail[1] : '', query);
}

/** `routeFromLocation` for a bare hash, e.g. "#/events/e1". */
export function routeFromHash(hash: string): Route {
  return routeFromLocation({ pathname: '/', search: '', hash });
}

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The canonical hash of a route (what links and `navigate` write). */
export function hashFor(route: Route): string {
  switch (route.name) {
    case 'events':
      return withQuery('#/', { ...route.filters });
    case 'event':
      return `#/events/${encodeURIComponent(route.id)}`;
    case 'sign-in':
      return withQuery('#/sign-in', { returnTo: route.returnTo });
    case 'sign-up':
      return '#/sign-up';
    case 'confirm-sign-up':
      return withQuery('#/confirm-sign-up', { username: route.username });
    case 'registrations':
      return '#/registrations';
    case 'organizer':
      return '#/organizer';
    case 'new-event':
      return '#/organizer/new';
    case 'edit-event':
      return `#/organizer/events/${encodeURIComponent(route.id)}`;
    case 'subscribe':
      return '#/subscribe';
    case 'confirm-subscription':
      return withQuery('#/confirm', { token: route.token });
    case 'unsubscribe':
      return withQuery('#/unsubscribe', { token: route.token });
    case 'not-found':
      return `#${route.path}`;
  }
}

/**
 * Where to move a mail link that arrived as a path or with its query before the hash, so the address bar
 * shows the canonical hash (and a token is not kept in the query); null when the location is canonical.
 */
export function canonicalUrl(location: LocationParts): string | null {
  const tail = MAIL_LINK_PATH.exec(location.pathname);
  if (!tail && !location.search) return null;
  const base = tail ? location.pathname.slice(0, tail.index + 1) : location.pathname;
  return `${base}${hashFor(routeFromLocation(location))}`;
}
