// The organizer's event operations: list own events, read one, create, update (optimistic concurrency),
// publish, cancel with a reason, delete a draft. Every answer carries the shared EventDetails selection,
// which also makes publishEvent/updateEvent/cancelEvent deliver `id` and `category` to live subscribers.
import { graphql } from '../../../gql';
import type { CreateEventInput, UpdateEventInput } from '../../../gql/graphql';
import type { EventView } from '../../../lib/event-details';
import { request } from '../../../lib/graphql-client';

export const MyEventsDocument = graphql(`
  query MyEvents($limit: Int, $nextToken: String) {
    myEvents(limit: $limit, nextToken: $nextToken) {
      items {
        ...EventDetails
      }
      nextToken
    }
  }
`);

export const EventForEditingDocument = graphql(`
  query EventForEditing($id: ID!) {
    getEvent(id: $id) {
      ...EventDetails
    }
  }
`);

export const CreateEventDocument = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventDetails
    }
  }
`);

export const UpdateEventDocument = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {
    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...EventDetails
    }
  }
`);

export const PublishEventDocument = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      ...EventDetails
    }
  }
`);

export const CancelEventDocument = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      ...EventDetails
    }
  }
`);

export const DeleteEventDocument = graphql(`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id) {
      id
    }
  }
`);

export async function myEventsPage(nextToken: string | null): Promise<{ items: EventView[]; nextToken: string | null }> {
  const data = await request(MyEventsDocument, { limit: 20, nextToken }, 'userPool');
  return { items: data.myEvents.items, nextToken: data.myEvents.nextToken ?? null };
}

export async function eventForEditing(id: string): Promise<EventView | null> {
  return (await request(EventForEditingDocument, { id }, 'userPool')).getEvent ?? null;
}

export async function createEvent(input: CreateEventInput): Promise<EventView> {
  return (await request(CreateEventDocument, { input }, 'userPool')).createEvent;
}

export async function updateEvent(id: string, input: UpdateEventInput, expectedVersion: number): Promise<EventView> {
  return (await request(UpdateEventDocument, { id, input, expectedVersion }, 'userPool')).updateEvent;
}

export async function publishEvent(id: string): Promise<EventView> {
  return (await request(PublishEventDocument, { id }, 'userPool')).publishEvent;
}

export async function cancelEvent(id: string, reason: string): Promise<EventView> {
  return (await request(CancelEventDocument, { id, reason }, 'userPool')).cancelEvent;
}

export async function deleteEvent(id: string): Promise<void> {
  await request(DeleteEventDocument, { id }, 'userPool');
}
