// The public events page: filters, upcoming published events with "Load more", live additions inserted at
// their place with a notice that floats over the page (so nothing jumps), and loading, empty and error
// states. Reads with the API key when anonymous, the user pool when signed in.
import { useId, useMemo, useRef } from 'react';
import { hashFor } from '../../app/routes';
import type { EventFilters as Filters } from '../../app/routes';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { LoadError } from '../../lib/load-error';
import { LoadMoreButton } from '../../lib/load-more-button';
import { viewerTimeZone } from '../../lib/time-format';
import { EventCard } from './event-card';
import { CalendarFeedOffer } from './calendar-feed-offer';
import { EventFilters } from './event-filters';
import { hasFilters, toEventFilter } from './filters';
import { LiveIndicator } from './live-indicator';
import { useEvents } from './use-events';

export interface EventsPageProps {
  authMode: ClientAuthMode;
  /** The public iCalendar feed; null hides the offer. */
  calendarUrl: string | null;
  filters: Filters;
  onFilter(filters: Filters): void;
}

function Skeleton() {
  return (
    <ul className="events" aria-hidden="true">
      {[0, 1, 2].map((n) => (
        <li key={n}>
          <div className="card event-card skeleton" />
        </li>
      ))}
    </ul>
  );
}

export function EventsPage({ authMode, calendarUrl, filters, onFilter }: EventsPageProps) {
  const viewerZone = viewerTimeZone();
  const filter = useMemo(() => toEventFilter(filters, viewerZone), [filters, viewerZone]);
  const { state, liveError, live, loadMore, retry, dismissNotice } = useEvents(authMode, filter);
  const id = useId();
  const loading = state.status === 'loading';
  const filtered = hasFilters(filters);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        Upcoming events
      </h1>
      <EventFilters key={JSON.stringify(filters)} filters={filters} onApply={onFilter} />
      <LiveIndicator live={live} error={liveError} what="new events" />
      <div aria-busy={loading} className="stack">
        {!state.loaded && loading && (
          <>
            <p className="sr-only">Loading events…</p>
            <Skeleton />
          </>
        )}
        {state.error && <LoadError what="events" message={state.error} onRetry={retry} focusOnRetry={headingRef} />}
        {state.loaded && state.items.length === 0 && !state.error && (
          <p className="card empty">
            {state.nextToken
              ? 'No events found in the months searched so far.'
              : filtered
                ? 'No upcoming events match these filters.'
                : 'No upcoming events yet. New ones appear here as soon as they are published.'}
          </p>
        )}
        {state.items.length > 0 && (
          <ul className="events" aria-label="Events" ref={listRef}>
            {state.items.map((event) => (
              <li key={event.id}>
                <EventCard event={event} viewerZone={viewerZone} isNew={state.liveIds.includes(event.id)} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton
          shown={state.loaded && state.nextToken !== null && !state.error}
          loading={loading}
          list={listRef}
          heading={headingRef}
          onLoadMore={loadMore}
        />
      </div>
      <p className="card">
        Never miss an event: <a href={hashFor({ name: 'subscribe' })}>get new events by email</a>
        {calendarUrl && <CalendarFeedOffer calendarUrl={calendarUrl} filter={filter} />}.
      </p>
      {/* Always rendered, so screen readers already watch it when a notice appears; fixed, so it never pushes content. */}
      <div role="status" aria-live="polite" className="toast-region">
        {state.notice && (
          <div className="toast">
            <span>
              New event published: <strong>{state.notice.title}</strong>
              {!state.notice.inList && ' (later in the list)'}
            </span>{' '}
            <a href={hashFor({ name: 'event', id: state.notice.id })}>View</a>{' '}
            <button type="button" className="link" onClick={dismissNotice}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
