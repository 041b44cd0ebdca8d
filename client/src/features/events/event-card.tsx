// One event in the public list: cover, title linking to the event page, start in the event's zone and the
// viewer's, place, category and tags, seats. The cover box has a fixed size so loading images never shift text.
import { hashFor } from '../../app/routes';
import type { EventView } from '../../lib/event-details';
import { eventTimes } from '../../lib/time-format';
import { placeText, seatsText } from './event-text';

export interface EventCardProps {
  event: EventView;
  viewerZone: string;
  /** Arrived live while the page was open. */
  isNew: boolean;
}

export function EventCard({ event, viewerZone, isNew }: EventCardProps) {
  const times = eventTimes(event.startsAt, event.timeZone, viewerZone);
  const headingId = `event-${event.id}`;
  const place = placeText(event);
  return (
    <article className={isNew ? 'card event-card event-new' : 'card event-card'} aria-labelledby={headingId}>
      <div className="thumb" aria-hidden={event.image ? undefined : true}>
        {event.image && <img src={event.image.url} alt={event.image.alt} width={160} height={90} loading="lazy" />}
      </div>
      <div className="event-card-body">
        <h2 id={headingId}>
          <a href={hashFor({ name: 'event', id: event.id })}>{event.title}</a>
          {isNew && <span className="badge badge-new">New</span>}
        </h2>
        <p className="when">
          <time dateTime={event.startsAt}>{times.atEvent}</time> <span className="muted">({times.eventZone})</span>
          {times.forViewer && (
            <>
              <br />
              <span className="muted">
                Your time: <time dateTime={event.startsAt}>{times.forViewer}</time>
              </span>
            </>
          )}
        </p>
        {place && <p className="place">{place}</p>}
        <p className="meta">
          {event.category && <span className="chip">{event.category}</span>}
          {event.tags.map((tag) => (
            <span key={tag} className="chip chip-tag">
              #{tag}
            </span>
          ))}
          <span className="seats">{seatsText(event.availability)}</span>
        </p>
      </div>
    </article>
  );
}
