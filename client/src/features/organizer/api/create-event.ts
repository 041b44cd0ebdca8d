// createEvent: stores a draft owned by the signed-in organizer.
import { graphql } from '../../../gql';
import type { CreateEventInput, CreateEventMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export const CreateEventDocument = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      title
      description
      startsAt
      timeZone
      status
      createdAt
      publishedAt
    }
  }
`);

export type OrganizerEvent = CreateEventMutation['createEvent'];

export async function createEvent(input: CreateEventInput): Promise<OrganizerEvent> {
  const data = await request(CreateEventDocument, { input }, 'userPool');
  return data.createEvent;
}
