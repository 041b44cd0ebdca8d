// Validation of event fields shared by create and (later) update. Errors name the field.
import { util } from '@aws-appsync/utils';
import { ErrorType } from './errors';

// IANA names such as UTC, Europe/Berlin, America/Argentina/Buenos_Aires, Etc/GMT+5.
const TIME_ZONE = '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$';

export interface EventFields {
  title: string;
  description?: string | null;
  startsAt: string;
  timeZone: string;
}

function invalid(field: string, message: string): void {
  util.error(`${field}: ${message}`, ErrorType.Validation, null, { field });
}

/** Checks bounds and returns the fields normalised (trimmed title, UTC start time). */
export function validEventFields(input: EventFields): EventFields {
  const title = input.title.trim();
  if (title.length < 1 || title.length > 200) {
    invalid('title', 'must be 1 to 200 characters');
  }
  if (input.description && input.description.length > 5000) {
    invalid('description', 'must be at most 5000 characters');
  }
  if (!util.matches(TIME_ZONE, input.timeZone)) {
    invalid('timeZone', 'must be an IANA time zone such as Europe/Berlin');
  }
  const startsAt = util.time.epochMilliSecondsToISO8601(util.time.parseISO8601ToEpochMilliSeconds(input.startsAt));
  return { title, description: input.description ? input.description : null, startsAt, timeZone: input.timeZone };
}
