// The one selection of Event fields the app reads, shared by every query and mutation that returns an
// event, so lists, the event page and the organizer's editor all hold the same shape.
import { graphql } from '../gql';
import type { EventDetailsFragment } from '../gql/graphql';

export const EventDetails = graphql(`
  fragment EventDetails on Event {
    id
    title
    description
    startsAt
    endsAt
    timeZone
    image {
      key
      url
      alt
    }
    venue {
      name
      address
      city
      country
    }
    onlineUrl
    category
    tags
    availability {
      capacity
      attendeeCount
      waitlistCount
      seatsLeft
    }
    status
    organizerId
    createdAt
    updatedAt
    publishedAt
    cancelledAt
    cancellationReason
    previousStartsAt
    version
  }
`);

export type EventView = EventDetailsFragment;
export type Availability = EventView['availability'];
