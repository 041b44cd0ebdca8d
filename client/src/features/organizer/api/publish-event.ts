// publishEvent: makes a draft public, which announces it and pushes it to live subscribers.
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import type { OrganizerEvent } from './create-event';

export const PublishEventDocument = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
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

export async function publishEvent(id: string): Promise<OrganizerEvent> {
  const data = await request(PublishEventDocument, { id }, 'userPool');
  return data.publishEvent;
}
