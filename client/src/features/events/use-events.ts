// Loads the public events list for the current auth mode and keeps it live via onEventPublished.
// Switching auth mode (sign in/out) starts over, since each mode is its own request identity.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { describeGraphqlError } from '../../lib/graphql-errors';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { followEmptyPages } from './api/follow-empty-pages';
import { listEventsPage } from './api/list-events';
import { subscribeToPublishedEvents } from './api/on-event-published';
import { eventsReducer, initialEventsState } from './events-state';
import type { EventsState } from './events-state';

export interface EventsControls {
  state: EventsState;
  /** Null while the live connection is fine. */
  liveError: string | null;
  loadMore(): void;
  retry(): void;
  dismissNotice(): void;
}

export function useEvents(authMode: ClientAuthMode): EventsControls {
  const [state, dispatch] = useReducer(eventsReducer, initialEventsState);
  const [liveError, setLiveError] = useState<string | null>(null);
  // Answers from a previous auth mode (or an unmounted page) must not land in the current list.
  const generation = useRef(0);

  const load = useCallback(
    (nextToken: string | null) => {
      const current = generation.current;
      dispatch({ type: 'load-started' });
      followEmptyPages(listEventsPage(authMode), nextToken).then(
        (page) => {
          if (generation.current === current) dispatch({ type: 'page-loaded', ...page });
        },
        (error: unknown) => {
          if (generation.current === current) {
            dispatch({ type: 'load-failed', message: describeGraphqlError(error).message });
          }
        },
      );
    },
    [authMode],
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
    setLiveError(null);
    const stop = subscribeToPublishedEvents(
      authMode,
      (event) => {
        setLiveError(null);
        dispatch({ type: 'published', event });
      },
      (error) => setLiveError(describeGraphqlError(error).message),
    );
    return stop;
  }, [authMode]);

  return {
    state,
    liveError,
    loadMore: () => load(state.nextToken),
    // Retrying after a failed first page starts from the top; after a later page, from where it stopped.
    retry: () => load(state.loaded ? state.nextToken : null),
    dismissNotice: () => dispatch({ type: 'notice-dismissed' }),
  };
}
