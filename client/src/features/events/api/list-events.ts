// listEvents: one page of upcoming published events matching the filter, in start order.
import { graphql } from '../../../gql';
import type { EventFilter } from '../../../gql/graphql';
import type { EventView } from '../../../lib/event-details';
import { request } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';
import type { Page } from './fill-page';

export const ListEventsDocument = graphql(`
  query ListEvents($filter: EventFilter, $limit: Int, $nextToken: String) {
    listEvents(filter: $filter, limit: $limit, nextToken: $nextToken) {
      items {
        ...EventDetails
      }
      nextToken
    }
  }
`);

export const PAGE_SIZE = 20;

/** A page fetcher for one filter and auth mode, as `fillPage` wants it. */
export function listEventsPage(authMode: ClientAuthMode, filter: EventFilter): (nextToken: string | null) => Promise<Page<EventView>> {
  return async (nextToken) => {
    const data = await request(ListEventsDocument, { filter, limit: PAGE_SIZE, nextToken }, authMode);
    return { items: data.listEvents.items, nextToken: data.listEvents.nextToken ?? null };
  };
}
