// Offers the public calendar feed, narrowed like the list (category, tag): the webcal: link makes the calendar app
// subscribe; the plain address is for apps that take a URL instead (Google Calendar's "From URL").
import type { EventFilter } from '../../gql/graphql';

export function calendarFeedUrl(calendarUrl: string, filter: EventFilter): string {
  const url = new URL(calendarUrl);
  if (filter.category) url.searchParams.set('category', filter.category);
  if (filter.tag) url.searchParams.set('tag', filter.tag);
  return url.toString();
}

export function CalendarFeedOffer({ calendarUrl, filter }: { calendarUrl: string; filter: EventFilter }) {
  const url = calendarFeedUrl(calendarUrl, filter);
  return (
    <>
      , or <a href={url.replace(/^https?:/, 'webcal:')}>subscribe in your calendar app</a> (<a href={url}>feed address</a>)
    </>
  );
}
