// onEventPublished: events as they are published, pushed over AppSync's realtime WebSocket.
import { graphql } from '../../../gql';
import { subscribe } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';
import type { ListedEvent } from './list-events';

export const OnEventPublishedDocument = graphql(`
  subscription OnEventPublished {
    onEventPublished {
      id
      title
      description
      startsAt
      timeZone
      status
      publishedAt
    }
  }
`);

/** Subscribes and returns the function that unsubscribes. */
export function subscribeToPublishedEvents(
  authMode: ClientAuthMode,
  onEvent: (event: ListedEvent) => void,
  onError: (error: unknown) => void,
): () => void {
  return subscribe(OnEventPublishedDocument, {}, authMode, {
    next: (data) => {
      if (data.onEventPublished) onEvent(data.onEventPublished);
    },
    error: onError,
  });
}
