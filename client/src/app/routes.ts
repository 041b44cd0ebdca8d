// Hash routes: the whole navigation model, small enough to need no router library.
// Hash routing keeps the app a set of static files that any host (or `vite preview`) can serve.

export type Route = 'events' | 'organizer' | 'sign-in';

const PATHS: Record<Route, string> = { events: '#/', organizer: '#/organizer', 'sign-in': '#/sign-in' };

/** The route for a `location.hash`; anything unknown is the events list. */
export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  if (path === 'organizer') return 'organizer';
  if (path === 'sign-in') return 'sign-in';
  return 'events';
}

export function hashFor(route: Route): string {
  return PATHS[route];
}
