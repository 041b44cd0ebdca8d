// One event in the public list: title, start time in the event's zone and the viewer's, description.
import { eventTimes } from '../../lib/time-format';
import type { ListedEvent } from './api/list-events';

export interface EventCardProps {
  event: ListedEvent;
  viewerZone: string;
  /** Arrived live while the page was open. */
  isNew: boolean;
}

export function EventCard({ event, viewerZone, isNew }: EventCardProps) {
  const times = eventTimes(event.startsAt, event.timeZone, viewerZone);
  const headingId = `event-${event.id}`;
  return (
    <article className={isNew ? 'card event event-new' : 'card event'} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {event.title}
        {isNew && <span className="badge">New</span>}
      </h2>
      <dl className="times">
        <dt>Starts ({times.eventZone})</dt>
        <dd>
          <time dateTime={event.startsAt}>{times.atEvent}</time>
        </dd>
        {times.forViewer && (
          <>
            <dt>Your time ({viewerZone})</dt>
            <dd>
              <time dateTime={event.startsAt}>{times.forViewer}</time>
            </dd>
          </>
        )}
      </dl>
      {event.description && <p className="description">{event.description}</p>}
    </article>
  );
}
