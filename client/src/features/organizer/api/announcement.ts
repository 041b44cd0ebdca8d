// Where the email announcement of a published event stands, read once and then followed live.
import { graphql } from '../../../gql';
import type { AnnouncementQuery } from '../../../gql/graphql';
import { request, subscribe } from '../../../lib/graphql-client';

export const AnnouncementDocument = graphql(`
  query Announcement($eventId: ID!) {
    announcement(eventId: $eventId) {
      eventId
      status
      total
      sent
      failed
      updatedAt
    }
  }
`);

// A subset of what the fan-out's reportAnnouncementProgress selects, so every field arrives.
export const OnAnnouncementProgressDocument = graphql(`
  subscription OnAnnouncementProgress($eventId: ID!) {
    onAnnouncementProgress(eventId: $eventId) {
      eventId
      status
      total
      sent
      failed
      updatedAt
    }
  }
`);

export type AnnouncementView = NonNullable<AnnouncementQuery['announcement']>;

export async function getAnnouncement(eventId: string): Promise<AnnouncementView | null> {
  return (await request(AnnouncementDocument, { eventId }, 'userPool')).announcement ?? null;
}

export function watchAnnouncement(
  eventId: string,
  handlers: { onProgress(progress: AnnouncementView): void; onError(error: unknown): void },
): () => void {
  return subscribe(OnAnnouncementProgressDocument, { eventId }, 'userPool', {
    next: (data) => {
      if (data.onAnnouncementProgress) handlers.onProgress(data.onAnnouncementProgress);
    },
    error: handlers.onError,
  });
}
