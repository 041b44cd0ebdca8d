// The signed-in user's registrations, soonest event first: status, waitlist place, link to each event.
import { useId } from 'react';
import { hashFor } from '../../app/routes';
import { PendingButton } from '../../lib/pending-button';
import { eventTimes, viewerTimeZone } from '../../lib/time-format';
import { usePagedList } from '../../lib/use-paged-list';
import { myRegistrationsPage } from './api/registrations';

const STATUS_TEXT = { CONFIRMED: 'Seat confirmed', WAITLISTED: 'On the waitlist', CANCELLED: 'Cancelled' } as const;

export function MyRegistrationsPage() {
  const id = useId();
  const viewerZone = viewerTimeZone();
  const { items, nextToken, loading, loaded, error, loadMore, retry } = usePagedList(myRegistrationsPage);

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        My registrations
      </h1>
      {!loaded && loading && <div className="card skeleton" aria-busy="true" />}
      {error && (
        <div role="alert" className="card error-box">
          <p>Could not load your registrations: {error}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {loaded && items.length === 0 && (
        <p className="card empty">
          You have not registered for anything yet. <a href={hashFor({ name: 'events', filters: { from: '', to: '', category: '', tag: '' } })}>Browse events</a>.
        </p>
      )}
      {items.length > 0 && (
        <ul className="events" aria-label="Registrations">
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
      {loaded && nextToken && (
        <PendingButton onClick={loadMore} pending={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </PendingButton>
      )}
    </section>
  );
}
