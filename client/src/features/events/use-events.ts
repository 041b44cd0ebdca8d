// Loads the public events list for one filter and auth mode and keeps it live via onEventPublished:
// each pushed id is read back with getEvent and kept only if it matches the filter.
// A new filter or auth mode starts over, since each is its own list.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { EventFilter } from '../../gql/graphql';
import { describeGraphqlError } from '../../lib/graphql-errors';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { fillPage } from './api/fill-page';
import { getEvent } from './api/get-event';
import { listEventsPage, PAGE_SIZE } from './api/list-events';
import { watchPublishedEvents } from './api/live-events';
import { eventsReducer, initialEventsState } from './events-state';
import type { EventsState } from './events-state';
import { matchesFilter } from './filters';

export interface EventsControls {
  state: EventsState;
  /** Null while the live connection is fine. */
  liveError: string | null;
  /** New events arrive live (the subscription is acknowledged). */
  live: boolean;
  loadMore(): void;
  retry(): void;
  dismissNotice(): void;
}

export function useEvents(authMode: ClientAuthMode, filter: EventFilter): EventsControls {
  const [state, dispatch] = useReducer(eventsReducer, initialEventsState);
  const [liveError, setLiveError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  // Answers for a previous filter or auth mode (or an unmounted page) must not land in the current list.
  const generation = useRef(0);
  const filterKey = JSON.stringify(filter);
  // Callers build a new object each render; the key keeps it stable while its content is the same.
  const stableFilter = useMemo(() => JSON.parse(filterKey) as EventFilter, [filterKey]);

  const load = useCallback(
    (nextToken: string | null) => {
      const current = generation.current;
      dispatch({ type: 'load-started' });
      fillPage(listEventsPage(authMode, stableFilter), nextToken, PAGE_SIZE).then(
        (page) => {
          if (generation.current === current) dispatch({ type: 'page-loaded', ...page });
        },
        (error: unknown) => {
          if (generation.current === current) dispatch({ type: 'load-failed', message: describeGraphqlError(error).message });
        },
      );
    },
    [authMode, stableFilter],
  );

  useEffect(() => {
    generation.current += 1;
    dispatch({ type: 'reset' });
    load(null);
    return () => {
      generation.current += 1;
    };
  }, [load]);

  useEffect(() => {
    let active = true;
    setLiveError(null);
    setLive(false);
    const stop = watchPublishedEvents(authMode, stableFilter.category ?? null, {
      onId: (id) => {
        setLiveError(null);
        getEvent(id, authMode).then(
          (event) => {
            if (active && event && matchesFilter(event, stableFilter, new Date())) dispatch({ type: 'published', event });
          },
          // The next page load shows it anyway; a failed read-back is not worth an alert.
          () => undefined,
        );
      },
      onError: (error) => {
        if (!active) return;
        setLive(false);
        setLiveError(describeGraphqlError(error).message);
      },
      onReady: () => active && setLive(true),
    });
    return () => {
      active = false;
      stop();
    };
  }, [authMode, stableFilter]);

  return {
    state,
    liveError,
    live,
    loadMore: () => load(state.nextToken),
    // After a failed first page, start from the top; after a later page, from where it stopped.
    retry: () => load(state.loaded ? state.nextToken : null),
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
  };
}
