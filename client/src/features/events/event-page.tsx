// The event page: cover image with its alt text, times in the event's zone and the viewer's, place, live
// seats with register / cancel and waitlist position, "Add to calendar" (.ics), and, for its organizer or
// an admin, a link to manage it. Loading, not-found and error states keep the page's shape.
import { useEffect, useId } from 'react';
import { hashFor } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import type { ClientAuthMode } from '../../lib/graphql-client';
import { eventTimes, formatInTimeZone, viewerTimeZone } from '../../lib/time-format';
import { buildIcs, icsFileName } from './ics';
import { LiveIndicator } from './live-indicator';
import { RegistrationPanel } from './registration-panel';
import { useEvent } from './use-event';
import { useMyRegistration } from './use-my-registration';

export interface Viewer {
  signedIn: boolean;
  /** Cognito sub, when signed in. */
  userId: string | null;
  isAdmin: boolean;
}

export interface EventPageProps {
  id: string;
  viewer: Viewer;
}

function downloadIcs(event: EventView) {
  const url = `${window.location.origin}${window.location.pathname}${hashFor({ name: 'event', id: event.id })}`;
  const ics = buildIcs(event, { uidDomain: window.location.hostname, url, now: new Date() });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = icsFileName(event.title);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

function Times({ event, viewerZone }: { event: EventView; viewerZone: string }) {
  const starts = eventTimes(event.startsAt, event.timeZone, viewerZone);
  const ends = event.endsAt ? eventTimes(event.endsAt, event.timeZone, viewerZone) : null;
  return (
    <>
      <dt>Starts</dt>
      <dd>
        <time dateTime={event.startsAt}>{starts.atEvent}</time> <span className="muted">({starts.eventZone})</span>
      </dd>
      {ends && (
        <>
          <dt>Ends</dt>
          <dd>
            <time dateTime={event.endsAt!}>{ends.atEvent}</time>
          </dd>
        </>
      )}
      {starts.forViewer && (
        <>
          <dt>Your time</dt>
          <dd>
            <time dateTime={event.startsAt}>{starts.forViewer}</time>
            {ends?.forViewer && (
              <>
                {' – '}
                <time dateTime={event.endsAt!}>{ends.forViewer}</time>
              </>
            )}{' '}
            <span className="muted">({viewerZone})</span>
          </dd>
        </>
      )}
    </>
  );
}

function EventDetailsView({ event, viewer, controls }: { event: EventView; viewer: Viewer; controls: ReturnType<typeof useMyRegistration> }) {
  const viewerZone = viewerTimeZone();
  const venue = event.venue;
  const canManage = viewer.isAdmin || (viewer.userId !== null && viewer.userId === event.organizerId);
  return (
    <>
      {event.image && (
        <figure className="cover">
          <img src={event.image.url} alt={event.image.alt} width={1200} height={675} />
        </figure>
      )}
      <h1 tabIndex={-1}>
        {event.title}
        {event.status !== 'PUBLISHED' && <span className={`badge status-${event.status.toLowerCase()}`}>{event.status.toLowerCase()}</span>}
      </h1>
      {event.status === 'CANCELLED' && (
        <p className="card banner-cancelled" role="note">
          <strong>Cancelled.</strong> {event.cancellationReason}
        </p>
      )}
      {event.previousStartsAt && event.status === 'PUBLISHED' && (
        <p className="notice">
          Rescheduled: it was to start {formatInTimeZone(event.previousStartsAt, event.timeZone)} ({event.timeZone}).
        </p>
      )}
      <dl className="facts">
        <Times event={event} viewerZone={viewerZone} />
        {(venue || event.onlineUrl) && (
          <>
            <dt>Where</dt>
            <dd>
              {venue && (
                <address>
                  {[venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ')}
                </address>
              )}
              {event.onlineUrl && (
                <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                  Join online<span className="sr-only"> (opens in a new tab)</span>
                </a>
              )}
            </dd>
          </>
        )}
        {event.category && (
          <>
            <dt>Category</dt>
            <dd>
              <a href={hashFor({ name: 'events', filters: { from: '', to: '', category: event.category, tag: '' } })}>
                {event.category}
              </a>
            </dd>
          </>
        )}
        {event.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd className="meta">
              {event.tags.map((tag) => (
                <a key={tag} className="chip chip-tag" href={hashFor({ name: 'events', filters: { from: '', to: '', category: '', tag } })}>
                  #{tag}
                </a>
              ))}
            </dd>
          </>
        )}
      </dl>
      <RegistrationPanel event={event} signedIn={viewer.signedIn} controls={controls} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => downloadIcs(event)}>
          Add to calendar (.ics)
        </button>
        {canManage && <a href={hashFor({ name: 'edit-event', id: event.id })}>Manage this event</a>}
      </div>
      {event.description && (
        <section aria-label="About this event">
          <h2>About</h2>
          <p className="description">{event.description}</p>
        </section>
      )}
    </>
  );
}

export function EventPage({ id, viewer }: EventPageProps) {
  const authMode: ClientAuthMode = viewer.signedIn ? 'userPool' : 'apiKey';
  const { load, liveError, live, retry, setAvailability, onSeatsChanged } = useEvent(id, authMode);
  const controls = useMyRegistration(id, viewer.signedIn, setAvailability);
  const headingId = useId();

  useEffect(() => {
    onSeatsChanged.current = controls.seatsChanged;
  });

  return (
    <article className="stack event-page" aria-labelledby={load.status === 'ready' ? undefined : headingId}>
      <p>
        <a href={hashFor({ name: 'events', filters: { from: '', to: '', category: '', tag: '' } })}>← All events</a>
      </p>
      {load.status === 'loading' && (
        <div aria-busy="true">
          <h1 id={headingId} tabIndex={-1} className="sr-only">
            Loading event…
          </h1>
          <div className="card skeleton skeleton-page" />
        </div>
      )}
      {load.status === 'not-found' && (
        <>
          <h1 id={headingId} tabIndex={-1}>
            Event not found
          </h1>
          <p>This event does not exist, or it is a draft only its organizer can see.</p>
        </>
      )}
      {load.status === 'error' && (
        <>
          <h1 id={headingId} tabIndex={-1}>
            Could not load this event
          </h1>
          <div role="alert" className="card error-box">
            <p>{load.message}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        </>
      )}
      {load.status === 'ready' && <EventDetailsView event={load.event} viewer={viewer} controls={controls} />}
      {load.status === 'ready' && <LiveIndicator live={live} error={liveError} what="seat changes" />}
    </article>
  );
}
