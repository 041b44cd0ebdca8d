// The signed-in viewer's registration for one event, with register and cancel. While waitlisted, every
// seat change re-reads it, so a promotion shows up without a reload.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegistrationStatus } from '../../gql/graphql';
import type { Availability } from '../../lib/event-details';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { cancelRegistration, findMyRegistration, registerForEvent } from './api/registrations';

export interface MyRegistration {
  status: RegistrationStatus;
  waitlistPosition: number | null;
}

export interface MyRegistrationState {
  status: 'off' | 'loading' | 'ready' | 'error';
  registration: MyRegistration | null;
  /** A register/cancel request is running. */
  pending: boolean;
  error: string | null;
  /** What just happened, for the status region. */
  message: string | null;
}

export interface MyRegistrationControls {
  state: MyRegistrationState;
  register(): void;
  cancel(): void;
  /** Re-reads the registration when it may have changed elsewhere (waitlist promotion). */
  seatsChanged(): void;
}

function summary(registration: MyRegistration): string {
  if (registration.status === 'CONFIRMED') return 'You have a seat.';
  if (registration.status === 'WAITLISTED') {
    return registration.waitlistPosition
      ? `The event is full: you are number ${registration.waitlistPosition} on the waitlist.`
      : 'The event is full: you are on the waitlist.';
  }
  return 'Your registration is cancelled.';
}

export function useMyRegistration(
  eventId: string,
  signedIn: boolean,
  onAvailability: (availability: Availability) => void,
): MyRegistrationControls {
  const [state, setState] = useState<MyRegistrationState>({
    status: signedIn ? 'loading' : 'off',
    registration: null,
    pending: false,
    error: null,
    message: null,
  });
  const current = useRef(state);
  current.current = state;
  const active = useRef(true);

  const read = useCallback(
    async (announcePromotion: boolean) => {
      try {
        const found = await findMyRegistration(eventId);
        if (!active.current) return;
        const registration = found ? { status: found.status, waitlistPosition: found.waitlistPosition ?? null } : null;
        const before = current.current.registration;
        const promoted = announcePromotion && before?.status === 'WAITLISTED' && registration?.status === 'CONFIRMED';
        setState((s) => ({
          ...s,
          status: 'ready',
          registration,
          message: promoted ? 'A seat opened up: you moved up from the waitlist and have a seat now.' : s.message,
        }));
      } catch (error) {
        // A failed re-read keeps what is on screen; only the first read reports.
        if (active.current && !announcePromotion) {
          setState((s) => ({ ...s, status: 'error', error: describeGraphqlError(error).message }));
        }
      }
    },
    [eventId],
  );

  useEffect(() => {
    active.current = true;
    setState({ status: signedIn ? 'loading' : 'off', registration: null, pending: false, error: null, message: null });
    if (signedIn) void read(false);
    return () => {
      active.current = false;
    };
  }, [signedIn, read]);

  const change = (action: typeof registerForEvent) => {
    setState((s) => ({ ...s, pending: true, error: null, message: null }));
    action(eventId).then(
      (result) => {
        if (!active.current) return;
        const registration = { status: result.status, waitlistPosition: result.waitlistPosition ?? null };
        onAvailability(result.availability);
        setState((s) => ({ ...s, status: 'ready', pending: false, registration, message: summary(registration) }));
      },
      (error: unknown) => {
        if (active.current) setState((s) => ({ ...s, pending: false, error: describeGraphqlError(error).message }));
      },
    );
  };

  return {
    state,
    register: () => change(registerForEvent),
    cancel: () => change(cancelRegistration),
    seatsChanged: () => {
      // Another registration moving can change only a waitlisted viewer's own place.
      if (current.current.registration?.status === 'WAITLISTED' && !current.current.pending) void read(true);
    },
  };
}
