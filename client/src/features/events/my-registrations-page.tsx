// The signed-in user's registrations, soonest event first: status, waitlist place, link to each event.
import { useId, useRef } from 'react';
import { hashFor } from '../../app/routes';
import { LoadError } from '../../lib/load-error';
import { LoadMoreButton } from '../../lib/load-more-button';
import { eventTimes, viewerTimeZone } from '../../lib/time-format';
import { usePagedList } from '../../lib/use-paged-list';
import { myRegistrationsPage } from './api/registrations';

const STATUS_TEXT = { CONFIRMED: 'Seat confirmed', WAITLISTED: 'On the waitlist', CANCELLED: 'Cancelled' } as const;

export function MyRegistrationsPage() {
  const id = useId();
  const viewerZone = viewerTimeZone();
  const { items, nextToken, loading, loaded, error, loadMore, retry } = usePagedList(myRegistrationsPage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        My registrations
      </h1>
      {!loaded && loading && <div className="card skeleton" aria-busy="true" />}
      {error && <LoadError what="your registrations" message={error} onRetry={retry} focusOnRetry={headingRef} />}
      {loaded && items.length === 0 && (
        <p className="card empty">
          You have not registered for anything yet. <a href={hashFor({ name: 'events', filters: { from: '', to: '', category: '', tag: '' } })}>Browse events</a>.
        </p>
      )}
      {items.length > 0 && (
        <ul className="events" aria-label="Registrations" ref={listRef}>
          {items.map((item) => {
            const event = item.event;
            const times = event ? eventTimes(event.startsAt, event.timeZone, viewerZone) : null;
            return (
              <li key={item.eventId} className="card">
                <h2>
                  <a href={hashFor({ name: 'event', id: item.eventId })}>{event?.title ?? 'Event no longer available'}</a>
                </h2>
                {times && event && (
                  <p>
                    <time dateTime={event.startsAt}>{times.atEvent}</time> <span className="muted">({times.eventZone})</span>
                    {event.status === 'CANCELLED' && <span className="badge status-cancelled">event cancelled</span>}
                  </p>
                )}
                <p>
                  <strong>{STATUS_TEXT[item.status]}</strong>
                  {item.status === 'WAITLISTED' && item.waitlistPosition ? ` · number ${item.waitlistPosition} in line` : ''}
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
