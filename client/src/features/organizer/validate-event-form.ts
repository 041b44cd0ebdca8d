// The event form's values, their checks (mirroring the API's bounds so most mistakes are caught before a
// round trip) and the conversion to the API's input. The server stays the authority: its field errors
// (errorInfo.field, e.g. "venue.name") use the same names and are shown the same way.
import type { CreateEventInput } from '../../gql/graphql';
import type { EventView } from '../../lib/event-details';
import { toLocalInput, toStartsAt } from '../../lib/starts-at';

/** The form exactly as typed. Times are datetime-local values ("YYYY-MM-DDTHH:mm") in `timeZone`. */
export interface EventFormValues {
  title: string;
  description: string;
  startsAtLocal: string;
  endsAtLocal: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  venueCity: string;
  venueCountry: string;
  onlineUrl: string;
  category: string;
  /** Comma-separated. */
  tags: string;
  /** Blank for no limit. */
  capacity: string;
}

/** Field names as the API reports them in errorInfo.field. */
export const EVENT_FORM_FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'timeZone',
  'venue',
  'venue.name',
  'venue.address',
  'venue.city',
  'venue.country',
  'onlineUrl',
  'category',
  'tags',
  'capacity',
] as const;

export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];
export type EventFormErrors = Partial<Record<EventFormField, string>>;

export type EventFormResult =
  | { ok: true; input: CreateEventInput; notice: string | null }
  | { ok: false; errors: EventFormErrors };

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const REASON_MAX = 500;
const MAX_TAGS = 10;
const MAX_CAPACITY = 1_000_000;

export function isEventFormField(field: string): field is EventFormField {
  return (EVENT_FORM_FIELDS as readonly string[]).includes(field);
}

export function emptyEventForm(timeZone: string): EventFormValues {
  return {
    title: '',
    description: '',
    startsAtLocal: '',
    endsAtLocal: '',
    timeZone,
    venueName: '',
    venueAddress: '',
    venueCity: '',
    venueCountry: '',
    onlineUrl: '',
    category: '',
    tags: '',
    capacity: '',
  };
}

/** An existing event as form values, times shown in the event's own zone. */
export function eventToForm(event: EventView): EventFormValues {
  return {
    title: event.title,
    description: event.description ?? '',
    startsAtLocal: toLocalInput(event.startsAt, event.timeZone),
    endsAtLocal: event.endsAt ? toLocalInput(event.endsAt, event.timeZone) : '',
    timeZone: event.timeZone,
    venueName: event.venue?.name ?? '',
    venueAddress: event.venue?.address ?? '',
    venueCity: event.venue?.city ?? '',
    venueCountry: event.venue?.country ?? '',
    onlineUrl: event.onlineUrl ?? '',
    category: event.category ?? '',
    tags: event.tags.join(', '),
    capacity: event.availability.capacity == null ? '' : String(event.availability.capacity),
  };
}

/** "GraphQL, aws ,graphql" → ["graphql", "aws"], as the API normalizes them. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().replace(/^#/, '').toLowerCase()).filter(Boolean))];
}

function tooLong(max: number, value: string): string | null {
  return value.length > max ? `Use at most ${max} characters (now ${value.length}).` : null;
}

function wallTime(
  field: 'startsAt' | 'endsAt',
  local: string,
  timeZone: string,
  errors: EventFormErrors,
): { iso: string; ambiguous: boolean } | null {
  const converted = toStartsAt(local, timeZone);
  if (converted.ok) return converted;
  if (converted.reason === 'unknown-zone') errors.timeZone = 'Choose a time zone from the list.';
  else if (converted.reason === 'invalid') errors[field] = 'Enter a valid date and time.';
  else errors[field] = `${local.replace('T', ' ')} does not exist in ${timeZone}: the clocks skip that hour. Choose another time.`;
  return null;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname) && !/\s/.test(value);
  } catch {
    return false;
  }
}

export interface ValidateOptions {
  /** The start must be in the future; editors pass false when the start was not changed. */
  requireFutureStart: boolean;
}

/** Validates and converts the form; `now` is injected so tests do not depend on the clock. */
export function validateEventForm(values: EventFormValues, now: Date, options: ValidateOptions = { requireFutureStart: true }): EventFormResult {
  const errors: EventFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else errors.title = tooLong(TITLE_MAX, title) ?? undefined;
  errors.description = tooLong(DESCRIPTION_MAX, values.description) ?? undefined;
  if (!values.timeZone) errors.timeZone = 'Choose a time zone.';

  let notice: string | null = null;
  let startsAt: string | null = null;
  let endsAt: string | null = null;
  if (!values.startsAtLocal) {
    errors.startsAt = 'Enter when the event starts.';
  } else if (values.timeZone) {
    const start = wallTime('startsAt', values.startsAtLocal, values.timeZone, errors);
    if (start && options.requireFutureStart && Date.parse(start.iso) <= now.getTime()) {
      errors.startsAt = 'Choose a time in the future.';
    } else if (start) {
      startsAt = start.iso;
      if (start.ambiguous) {
        notice = `${values.startsAtLocal.replace('T', ' ')} happens twice in ${values.timeZone} (clocks go back); the first one was used.`;
      }
    }
  }
  if (values.endsAtLocal && values.timeZone) {
    const end = wallTime('endsAt', values.endsAtLocal, values.timeZone, errors);
    if (end && startsAt && end.iso <= startsAt) errors.endsAt = 'Choose an end after the start.';
    else if (end) endsAt = end.iso;
  }

  const venueParts = [values.venueName, values.venueAddress, values.venueCity, values.venueCountry].map((part) => part.trim());
  const hasVenue = venueParts.some(Boolean);
  const [venueName, venueAddress, venueCity, venueCountry] = venueParts;
  if (hasVenue && !venueName) errors['venue.name'] = 'Name the venue (or clear its other fields).';
  errors['venue.name'] ??= tooLong(200, venueName) ?? undefined;
  errors['venue.address'] = tooLong(200, venueAddress) ?? undefined;
  errors['venue.city'] = tooLong(100, venueCity) ?? undefined;
  errors['venue.country'] = tooLong(100, venueCountry) ?? undefined;

  const onlineUrl = values.onlineUrl.trim();
  if (onlineUrl && (!isWebUrl(onlineUrl) || onlineUrl.length > 2000)) {
    errors.onlineUrl = 'Enter a full http:// or https:// link of at most 2000 characters.';
  }
  if (!hasVenue && !onlineUrl) errors.venue = 'Give a venue, an online link, or both.';

  const category = values.category.trim().toLowerCase();
  errors.category = tooLong(50, category) ?? undefined;
  const tags = parseTags(values.tags);
  if (tags.some((tag) => tag.length > 30)) errors.tags = 'Each tag can have at most 30 characters.';
  else if (tags.length > MAX_TAGS) errors.tags = `Use at most ${MAX_TAGS} tags (now ${tags.length}).`;

  let capacity: number | null = null;
  if (values.capacity.trim()) {
    capacity = Number(values.capacity.trim());
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
      errors.capacity = `Enter a whole number from 1 to ${MAX_CAPACITY.toLocaleString('en')}, or leave it empty for no limit.`;
    }
  }

  for (const key of Object.keys(errors) as EventFormField[]) if (!errors[key]) delete errors[key];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const description = values.description.trim();
  return {
    ok: true,
    input: {
      title,
      description: description || null,
      startsAt: startsAt!,
      endsAt,
      timeZone: values.timeZone,
      venue: hasVenue ? { name: venueName, address: venueAddress || null, city: venueCity || null, country: venueCountry || null } : null,
      onlineUrl: onlineUrl || null,
      category: category || null,
      tags,
      capacity,
    },
    notice,
  };
}
