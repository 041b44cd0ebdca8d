// Between the filters in the address bar (days in the viewer's zone, free text) and the API's EventFilter
// (UTC instants, lower-case category and tag), plus the same test applied to events that arrive live.
import type { EventFilters } from '../../app/routes';
import type { EventFilter } from '../../gql/graphql';
import type { EventView } from '../../lib/event-details';
import { toStartsAt } from '../../lib/starts-at';

/** Midnight starting `day` in `timeZone`; a zone whose clocks skip midnight that day starts at 01:00. */
function startOfDay(day: string, timeZone: string): string | null {
  for (const time of ['00:00', '01:00']) {
    const result = toStartsAt(`${day}T${time}`, timeZone);
    if (result.ok) return result.iso;
  }
  return null;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Why a filter cannot be applied, per field; empty when it can. */
export function filterErrors(filters: EventFilters): Partial<Record<keyof EventFilters, string>> {
  const errors: Partial<Record<keyof EventFilters, string>> = {};
  if (filters.from && filters.to && filters.to < filters.from) errors.to = 'Choose a day on or after the “From” day.';
  if (filters.category.length > 50) errors.category = 'Categories have at most 50 characters.';
  if (filters.tag.length > 30) errors.tag = 'Tags have at most 30 characters.';
  return errors;
}

/** The API filter; `to` is exclusive, so the last chosen day is included whole. */
export function toEventFilter(filters: EventFilters, viewerZone: string): EventFilter {
  const filter: EventFilter = {};
  if (filters.from) filter.from = startOfDay(filters.from, viewerZone);
  if (filters.to) filter.to = startOfDay(nextDay(filters.to), viewerZone);
  if (filters.category) filter.category = filters.category.trim().toLowerCase();
  if (filters.tag) filter.tag = filters.tag.trim().toLowerCase();
  return filter;
}

export function hasFilters(filters: EventFilters): boolean {
  return Boolean(filters.from || filters.to || filters.category || filters.tag);
}

/** Whether a live event belongs in a list loaded with `filter` (the API's rules: from defaults to now). */
export function matchesFilter(event: EventView, filter: EventFilter, now: Date): boolean {
  const starts = Date.parse(event.startsAt);
  if (event.status !== 'PUBLISHED') return false;
  if (starts < (filter.from ? Date.parse(filter.from) : now.getTime())) return false;
  if (filter.to && starts >= Date.parse(filter.to)) return false;
  if (filter.category && event.category !== filter.category) return false;
  if (filter.tag && !event.tags.includes(filter.tag)) return false;
  return true;
}
