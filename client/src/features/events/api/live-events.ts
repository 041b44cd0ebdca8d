// The public live feeds: events as they are published, and changes to one event. Both select only `id`:
// AppSync delivers what the publishing mutation selected, and other clients (the explorer, scripts) may
// select little, so the app re-reads the event with its own selection instead of trusting the payload.
import { graphql } from '../../../gql';
import { subscribe } from '../../../lib/graphql-client';
import type { ClientAuthMode } from '../../../lib/graphql-client';

export const OnEventPublishedDocument = graphql(`
  subscription OnEventPublished($category: String) {
    onEventPublished(category: $category) {
      id
    }
  }
`);

export const OnEventChangedDocument = graphql(`
  subscription OnEventChanged($id: ID!) {
    onEventChanged(id: $id) {
      id
    }
  }
`);

export interface LiveHandlers {
  onId(id: string): void;
  onError(error: unknown): void;
  /** The server acknowledged the subscription. */
  onReady?(): void;
}

/** Ids of newly published events (of one category when given); returns the function that stops. */
export function watchPublishedEvents(authMode: ClientAuthMode, category: string | null, handlers: LiveHandlers): () => void {
  return subscribe(OnEventPublishedDocument, { category }, authMode, {
    next: (data) => {
      if (data.onEventPublished) handlers.onId(data.onEventPublished.id);
    },
    error: handlers.onError,
    ready: handlers.onReady,
  });
}

/** Edits and cancellation of one event; returns the function that stops. */
export function watchEventChanges(authMode: ClientAuthMode, id: string, handlers: LiveHandlers): () => void {
  return subscribe(OnEventChangedDocument, { id }, authMode, {
    next: (data) => {
      if (data.onEventChanged) handlers.onId(data.onEventChanged.id);
    },
    error: handlers.onError,
    ready: handlers.onReady,
  });
}
