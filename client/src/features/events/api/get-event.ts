// getEvent: one event by id (published and cancelled for everyone; drafts for their organizer and admins).
import { graphql } from '../../../gql';
import type { EventView } from '../../../lib/event-details';
import { request } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';

export const GetEventDocument = graphql(`
  query GetEvent($id: ID!) {
    getEvent(id: $id) {
      ...EventDetails
    }
  }
`);

/** The event, or null when it does not exist (or is a draft the caller may not see). */
export async function getEvent(id: string, authMode: ClientAuthMode): Promise<EventView | null> {
  const data = await request(GetEventDocument, { id }, authMode);
  return data.getEvent ?? null;
}
