// Validation of event fields shared by create and update. Errors name the field
// (errorInfo.field) and use ErrorType.Validation; nothing is written when one fails.
import { util } from '@aws-appsync/utils';
import { ErrorType } from './errors';

// IANA names such as UTC, Europe/Berlin, America/Argentina/Buenos_Aires, Etc/GMT+5.
const TIME_ZONE = '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$';
const WEB_URL = '^https?://[^\\s/$.?#][^\\s]*$';
const MAX_TAGS = 10;

export interface VenueFields {
  name: string;
  address?: string | null;
  city?: string | null;
  country?: string | null;
}

export interface EventFields {
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt?: string | null;
  timeZone: string;
  venue?: VenueFields | null;
  onlineUrl?: string | null;
  category?: string | null;
  tags?: string[] | null;
  capacity?: number | null;
}

function invalid(field: string, message: string): void {
  util.error(`${field}: ${message}`, ErrorType.Validation, null, { field });
}

function bounded(field: string, value: string | null | undefined, min: number, max: number): string | null {
  if (value == null) {
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    invalid(field, `must be ${min} to ${max} characters`);
  }
  return trimmed;
}

/** An ISO-8601 instant with offset, normalised to UTC; a ValidationError naming `field` otherwise. */
export function utcInstant(field: string, value: string): string {
  const millis = util.time.parseISO8601ToEpochMilliSeconds(value);
  if (millis == null) {
    invalid(field, 'must be an ISO-8601 date-time with offset');
  }
  return util.time.epochMilliSecondsToISO8601(millis);
}

function normalTags(tags: string[] | null | undefined): string[] {
  // Refuse absurd lists before looping over them (duplicates may still collapse to ≤ 10).
  if (tags && tags.length > MAX_TAGS * 5) {
    invalid('tags', `at most ${MAX_TAGS} tags`);
  }
  const result: string[] = [];
  for (const tag of tags ? tags : []) {
    const normal = tag.trim().toLowerCase();
    if (normal.length < 1 || normal.length > 30) {
      invalid('tags', 'each tag must be 1 to 30 characters');
    }
    if (result.indexOf(normal) < 0) {
      result.push(normal);
    }
  }
  if (result.length > MAX_TAGS) {
    invalid('tags', `at most ${MAX_TAGS} tags`);
  }
  return result;
}

function validVenue(venue: VenueFields | null | undefined): VenueFields | null {
  if (venue == null) {
    return null;
  }
  return {
    name: bounded('venue.name', venue.name, 1, 200) as string,
    address: bounded('venue.address', venue.address, 1, 200),
    city: bounded('venue.city', venue.city, 1, 100),
    country: bounded('venue.country', venue.country, 1, 100),
  };
}

/** Checks bounds and cross-field rules; returns the fields normalised (trimmed, UTC, lower-case tags). */
export function validEventFields(input: EventFields): EventFields {
  const title = bounded('title', input.title, 1, 200) as string;
  const description = input.description == null ? null : input.description;
  if (description && description.length > 5000) {
    invalid('description', 'must be at most 5000 characters');
  }
  if (!util.matches(TIME_ZONE, input.timeZone)) {
    invalid('timeZone', 'must be an IANA time zone such as Europe/Berlin');
  }
  const startsAt = utcInstant('startsAt', input.startsAt);
  const endsAt = input.endsAt == null ? null : utcInstant('endsAt', input.endsAt);
  if (endsAt && endsAt <= startsAt) {
    invalid('endsAt', 'must be after startsAt');
  }
  const venue = validVenue(input.venue);
  const onlineUrl = input.onlineUrl == null ? null : input.onlineUrl;
  if (onlineUrl && (onlineUrl.length > 2000 || !util.matches(WEB_URL, onlineUrl))) {
    invalid('onlineUrl', 'must be an http(s) URL of at most 2000 characters');
  }
  if (!venue && !onlineUrl) {
    invalid('venue', 'an event needs a venue, an onlineUrl, or both');
  }
  const category = bounded('category', input.category, 1, 50);
  const capacity = input.capacity == null ? null : input.capacity;
  if (capacity !== null && (capacity < 1 || capacity > 1000000)) {
    invalid('capacity', 'must be between 1 and 1000000, or omitted for unlimited');
  }
  return {
    title,
    description,
    startsAt,
    endsAt,
    timeZone: input.timeZone,
    venue,
    onlineUrl,
    category: category ? category.toLowerCase() : null,
    tags: normalTags(input.tags),
    capacity,
  };
}
