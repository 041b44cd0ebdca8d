// listEvents: one page of upcoming published events (published only, from now on, in start order).
import { graphql } from '../../../gql';
import type { ListEventsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';
import type { Page } from './follow-empty-pages';

export const ListEventsDocument = graphql(`
  query ListEvents($limit: Int, $nextToken: String) {
    listEvents(limit: $limit, nextToken: $nextToken) {
      items {
        id
        title
        description
        startsAt
        timeZone
        status
        publishedAt
      }
      nextToken
    }
  }
`);

export type ListedEvent = ListEventsQuery['listEvents']['items'][number];

export type EventsPage = Page<ListedEvent>;

/** One API page; `limit` stays at the API's default size. */
export function listEventsPage(authMode: ClientAuthMode, limit = 20): (nextToken: string | null) => Promise<EventsPage> {
  return async (nextToken) => {
    const data = await request(ListEventsDocument, { limit, nextToken }, authMode);
    return { items: data.listEvents.items, nextToken: data.listEvents.nextToken ?? null };
  };
}
