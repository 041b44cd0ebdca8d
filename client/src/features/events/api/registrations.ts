// Registering, cancelling, reading the caller's registrations, and the live seat feed of one event.
// Mutations select `eventId` and `availability`: onRegistrationChanged filters on the first and its
// subscribers receive the second, so every page watching the event sees the new seat counts.
import { graphql } from '../../../gql';
import type { MyRegistrationQuery, RegisterForEventMutation } from '../../../gql/graphql';
import type { Availability } from '../../../lib/event-details';
import { request, subscribe } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';

// What both registration mutations return: the caller's new state and the event's seats right after.
export const RegistrationChangeFragment = graphql(`
  fragment RegistrationChange on Registration {
    eventId
    status
    waitlistPosition
    registeredAt
    updatedAt
    availability {
      capacity
      attendeeCount
      waitlistCount
      seatsLeft
    }
  }
`);

export const RegisterForEventDocument = graphql(`
  mutation RegisterForEvent($eventId: ID!) {
    registerForEvent(eventId: $eventId) {
      ...RegistrationChange
    }
  }
`);

export const CancelRegistrationDocument = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      ...RegistrationChange
    }
  }
`);

export const MyRegistrationsDocument = graphql(`
  query MyRegistrations($limit: Int, $nextToken: String) {
    myRegistrations(limit: $limit, nextToken: $nextToken) {
      items {
        eventId
        status
        waitlistPosition
        registeredAt
        updatedAt
        event {
          id
          title
          startsAt
          timeZone
          status
        }
      }
      nextToken
    }
  }
`);

export const MyRegistrationDocument = graphql(`
  query MyRegistration($eventId: ID!) {
    myRegistration(eventId: $eventId) {
      eventId
      status
      waitlistPosition
    }
  }
`);

export const OnRegistrationChangedDocument = graphql(`
  subscription OnRegistrationChanged($eventId: ID!) {
    onRegistrationChanged(eventId: $eventId) {
      eventId
      availability {
        capacity
        attendeeCount
        waitlistCount
        seatsLeft
      }
    }
  }
`);

export type RegistrationView = RegisterForEventMutation['registerForEvent'];
export type OwnRegistration = NonNullable<MyRegistrationQuery['myRegistration']>;

export async function registerForEvent(eventId: string): Promise<RegistrationView> {
  return (await request(RegisterForEventDocument, { eventId }, 'userPool')).registerForEvent;
}

export async function cancelRegistration(eventId: string): Promise<RegistrationView> {
  return (await request(CancelRegistrationDocument, { eventId }, 'userPool')).cancelRegistration;
}

export async function myRegistrationsPage(nextToken: string | null, limit = 20) {
  const data = await request(MyRegistrationsDocument, { limit, nextToken }, 'userPool');
  return { items: data.myRegistrations.items, nextToken: data.myRegistrations.nextToken ?? null };
}

/** The caller's registration for one event (any status), or null if they never registered. */
export async function findMyRegistration(eventId: string): Promise<OwnRegistration | null> {
  return (await request(MyRegistrationDocument, { eventId }, 'userPool')).myRegistration ?? null;
}

/** Seat counts of one event as registrations change; returns the function that stops. */
export function watchSeats(
  authMode: ClientAuthMode,
  eventId: string,
  handlers: { onSeats(availability: Availability): void; onError(error: unknown): void; onReady?(): void },
): () => void {
  return subscribe(OnRegistrationChangedDocument, { eventId }, authMode, {
    next: (data) => {
      const availability = data.onRegistrationChanged?.availability;
      if (availability) handlers.onSeats(availability);
    },
    error: handlers.onError,
    ready: handlers.onReady,
  });
}
