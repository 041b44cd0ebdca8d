// The public events page: upcoming published events with "Load more", live additions on top, and
// loading, empty and error states. Reads with the API key when anonymous, the user pool when signed in.
import { useId } from 'react';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { viewerTimeZone } from '../../lib/time-format';
import { EventCard } from './event-card';
import { useEvents } from './use-events';

export interface EventsPageProps {
  authMode: ClientAuthMode;
}

export function EventsPage({ authMode }: EventsPageProps) {
  const { state, liveError, loadMore, retry, dismissNotice } = useEvents(authMode);
  const id = useId();
  const viewerZone = viewerTimeZone();
  const loading = state.status === 'loading';

  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h1 id={`${id}-heading`} tabIndex={-1}>
        Upcoming events
      </h1>
      {/* Always rendered, so screen readers are already watching it when a notice appears. */}
      <div role="status" aria-live="polite" className="live-region">
        {state.notice && (
          <p className="notice">
            {state.notice}{' '}
            <button type="button" className="link" onClick={dismissNotice}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {liveError && <p className="muted">Live updates are unavailable: {liveError}</p>}
      {!state.loaded && loading && <p aria-busy="true">Loading events…</p>}
      {state.error && (
        <div role="alert" className="error">
          <p>Could not load events: {state.error}</p>
          <button type="button" onClick={retry} disabled={loading}>
            Try again
          </button>
        </div>
      )}
      {state.loaded && state.items.length === 0 && !state.nextToken && !state.error && (
        <p>No upcoming events yet. New ones will appear here as soon as they are published.</p>
      )}
      {state.loaded && state.items.length === 0 && state.nextToken && !state.error && (
        <p>No events found in the months searched so far.</p>
      )}
      {state.items.length > 0 && (
        <ul className="events" aria-label="Events">
          {state.items.map((event) => (
            <li key={event.id}>
              <EventCard event={event} viewerZone={viewerZone} isNew={state.liveIds.includes(event.id)} />
            </li>
          ))}
        </ul>
      )}
      {state.loaded && state.nextToken && !state.error && (
        <button type="button" onClick={loadMore} disabled={loading} aria-busy={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
