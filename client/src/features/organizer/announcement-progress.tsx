// Live progress of a published event's email announcement: read once, then followed through
// onAnnouncementProgress. Out-of-order reports never move the bar backwards.
import { useEffect, useId, useState } from 'react';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { getAnnouncement, watchAnnouncement } from './api/announcement';
import type { AnnouncementView } from './api/announcement';

export interface AnnouncementProgressProps {
  eventId: string;
}

/** The newer of two reports; a report that counts less never replaces one that counts more. */
export function newerProgress(current: AnnouncementView | null, next: AnnouncementView): AnnouncementView {
  if (!current) return next;
  if (current.status === 'COMPLETED' && next.status !== 'COMPLETED') return current;
  if (next.sent + next.failed < current.sent + current.failed) return current;
  return next;
}

export function progressText(announcement: AnnouncementView | null): string {
  if (!announcement) return 'Waiting for the announcement to start…';
  const { status, total, sent, failed } = announcement;
  const failures = failed > 0 ? `, ${failed} failed` : '';
  if (status === 'QUEUED') return 'Queued: the announcement starts in a moment.';
  if (status === 'COMPLETED' && total === 0) return 'Done: no confirmed subscriber matched this event, so no mail was sent.';
  if (status === 'COMPLETED') return `Done: sent ${sent} of ${total}${failures}.`;
  return `Sending: ${sent} of ${total} sent${failures}…`;
}

export function AnnouncementProgress({ eventId }: AnnouncementProgressProps) {
  const id = useId();
  const [announcement, setAnnouncement] = useState<AnnouncementView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const apply = (next: AnnouncementView) => {
      if (active) setAnnouncement((current) => newerProgress(current, next));
    };
    // Subscribe first, then read: a report between the two is not lost.
    const stop = watchAnnouncement(eventId, {
      onProgress: apply,
      onError: (caught) => active && setError(`Live progress is paused: ${describeGraphqlError(caught).message}`),
    });
    getAnnouncement(eventId).then(
      (found) => found && apply(found),
      (caught: unknown) => active && setError(describeGraphqlError(caught).message),
    );
    return () => {
      active = false;
      stop();
    };
  }, [eventId]);

  const handled = announcement ? announcement.sent + announcement.failed : 0;
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Email announcement</h2>
      <progress
        max={Math.max(announcement?.total ?? 0, 1)}
        value={announcement?.status === 'COMPLETED' && announcement.total === 0 ? 1 : handled}
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-text`}
      />
      <p id={`${id}-text`} role="status" data-testid="announcement-progress">
        {progressText(announcement)}
      </p>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
