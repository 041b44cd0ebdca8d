// The current route from location.hash, updated on hashchange, with a navigate() that writes the hash.
import { useCallback, useEffect, useState } from 'react';
import { hashFor, routeFromHash } from './routes';
import type { Route } from './routes';

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: Route) => {
    window.location.hash = hashFor(next);
  }, []);

  return [route, navigate];
}
