// One event for the event page, kept live: edits and cancellation (onEventChanged) re-read the event,
// registration changes anywhere (onRegistrationChanged) update the seat counts in place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Availability, EventView } from '../../lib/event-details';
import { describeGraphqlError } from '../../lib/graphql-errors';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { getEvent } from './api/get-event';
import { watchEventChanges } from './api/live-events';
import { watchSeats } from './api/registrations';

export type EventLoad =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; event: EventView };

export interface EventControls {
  load: EventLoad;
  /** Null while live updates work. */
  liveError: string | null;
  /** Seat changes arrive live (the subscription is acknowledged). */
  live: boolean;
  retry(): void;
  /** Seat counts from the caller's own register/cancel answer. */
  setAvailability(availability: Availability): void;
  /** Called with every seat change pushed for this event (after the counts are applied). */
  onSeatsChanged: RefObject<(() => void) | null>;
}

export function useEvent(id: string, authMode: ClientAuthMode): EventControls {
  const [load, setLoad] = useState<EventLoad>({ status: 'loading' });
  const [liveError, setLiveError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const onSeatsChanged = useRef<(() => void) | null>(null);

  const setAvailability = useCallback((availability: Availability) => {
    setLoad((current) => (current.status === 'ready' ? { ...current, event: { ...current.event, availability } } : current));
  }, []);

  useEffect(() => {
    let active = true;
    const read = (quiet: boolean) =>
      getEvent(id, authMode).then(
        (event) => {
          if (active) setLoad(event ? { status: 'ready', event } : { status: 'not-found' });
        },
        (error: unknown) => {
          // A failed re-read keeps what is on screen; only the first read shows an error.
          if (active && !quiet) setLoad({ status: 'error', message: describeGraphqlError(error).message });
        },
      );
    setLoad({ status: 'loading' });
    setLiveError(null);
    setLive(false);
    void read(false);
    const onError = (error: unknown) => {
      if (!active) return;
      setLive(false);
      setLiveError(describeGraphqlError(error).message);
    };
    const stopChanges = watchEventChanges(authMode, id, { onId: () => void read(true), onError });
    const stopSeats = watchSeats(authMode, id, {
      onSeats: (availability) => {
        if (!active) return;
        setAvailability(availability);
        onSeatsChanged.current?.();
      },
      onError,
      onReady: () => active && setLive(true),
    });
    return () => {
      active = false;
      stopChanges();
      stopSeats();
    };
  }, [id, authMode, attempt, setAvailability]);

  return { load, liveError, live, retry: () => setAttempt((n) => n + 1), setAvailability, onSeatsChanged };
}
