// The organizer dashboard: the caller's own events in every status, newest first, each with its status,
// start time and seats, linking to the editor (and to the public page once published).
import { useId, useRef } from 'react';
import { hashFor } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { LoadError } from '../../lib/load-error';
import { LoadMoreButton } from '../../lib/load-more-button';
import { eventTimes, viewerTimeZone } from '../../lib/time-format';
import { usePagedList } from '../../lib/use-paged-list';
import { myEventsPage } from './api/events';

function seats(event: EventView): string {
  const { capacity, attendeeCount, waitlistCount } = event.availability;
  const going = capacity == null ? `${attendeeCount} registered` : `${attendeeCount} of ${capacity} seats taken`;
  return waitlistCount > 0 ? `${going} · ${waitlistCount} waiting` : going;
}

export function DashboardPage() {
  const id = useId();
  const viewerZone = viewerTimeZone();
  const { items, nextToken, loading, loaded, error, loadMore, retry } = usePagedList(myEventsPage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <div className="page-head">
        <h1 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
          Your events
        </h1>
        <a className="button" href={hashFor({ name: 'new-event' })}>
          Create event
        </a>
      </div>
      {!loaded && loading && <div className="card skeleton" aria-busy="true" />}
      {error && <LoadError what="your events" message={error} onRetry={retry} focusOnRetry={headingRef} />}
      {loaded && items.length === 0 && (
        <p className="card empty">
          You have no events yet. <a href={hashFor({ name: 'new-event' })}>Create your first one</a>: it starts as a draft only you can see.
        </p>
      )}
      {items.length > 0 && (
        <ul className="events" aria-label="Your events" ref={listRef}>
          {items.map((event) => {
            const times = eventTimes(event.startsAt, event.timeZone, viewerZone);
            return (
              <li key={event.id} className="card">
                <h2>
                  <a href={hashFor({ name: 'edit-event', id: event.id })}>{event.title}</a>
                  <span className={`badge status-${event.status.toLowerCase()}`}>{event.status.toLowerCase()}</span>
                </h2>
                <p>
                  <time dateTime={event.startsAt}>{times.atEvent}</time> <span className="muted">({times.eventZone})</span>
                </p>
                <p className="muted">
                  {seats(event)}
                  {event.status !== 'DRAFT' && (
                    <>
                      {' · '}
                      <a href={hashFor({ name: 'event', id: event.id })}>Public page</a>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <LoadMoreButton shown={loaded && nextToken !== null} loading={loading} list={listRef} heading={headingRef} onLoadMore={loadMore} />
    </section>
  );
}
