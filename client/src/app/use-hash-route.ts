// The current route from the location, updated on hashchange, with a navigate() that writes the hash.
// A mail link that arrived as a path or with a pre-hash query is rewritten in place to its canonical hash.
import { useCallback, useEffect, useState } from 'react';
import { canonicalUrl, hashFor, routeFromLocation } from './routes';
import type { Route } from './routes';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

export function useHashRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => routeFromLocation(window.location));

  useEffect(() => {
    const canonical = canonicalUrl(window.location);
    if (canonical) window.history.replaceState(null, '', canonical);
    const onChange = () => setRoute(routeFromLocation(window.location));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback<Navigate>((next, options) => {
    const hash = hashFor(next);
    if (options?.replace) {
      // replaceState fires no hashchange, so the state is updated here.
      window.history.replaceState(null, '', hash);
      setRoute(routeFromLocation(window.location));
    } else {
      window.location.hash = hash;
    }
  }, []);

  return [route, navigate];
}
