// Client-side checks for the create-event form, mirroring the API's bounds so most mistakes are caught
// before a round trip. The server stays the authority; its field errors are shown the same way.
import type { CreateEventInput } from '../../gql/graphql';
import { toStartsAt } from './starts-at';

/** The form exactly as typed. */
export interface EventFormValues {
  title: string;
  description: string;
  /** datetime-local value, "YYYY-MM-DDTHH:mm". */
  startsAtLocal: string;
  timeZone: string;
}

/** Field names errors can attach to; `startsAt` is shown next to the date-time input. */
export type EventFormField = 'title' | 'description' | 'startsAt' | 'timeZone';

export type EventFormErrors = Partial<Record<EventFormField, string>>;

export type EventFormResult =
  | { ok: true; input: CreateEventInput; notice: string | null }
  | { ok: false; errors: EventFormErrors };

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;

function startsAtMessage(reason: 'invalid' | 'unknown-zone' | 'nonexistent', values: EventFormValues): string {
  switch (reason) {
    case 'invalid':
      return 'Enter a valid date and time.';
    case 'unknown-zone':
      return 'Choose a time zone from the list.';
    case 'nonexistent':
      return `${values.startsAtLocal.replace('T', ' ')} does not exist in ${values.timeZone}: the clocks skip that hour. Choose another time.`;
  }
}

/** Validates and converts the form; `now` is injected so tests do not depend on the clock. */
export function validateEventForm(values: EventFormValues, now: Date): EventFormResult {
  const errors: EventFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if (title.length > TITLE_MAX) errors.title = `Use at most ${TITLE_MAX} characters (now ${title.length}).`;
  if (values.description.length > DESCRIPTION_MAX) {
    errors.description = `Use at most ${DESCRIPTION_MAX} characters (now ${values.description.length}).`;
  }
  if (!values.timeZone) errors.timeZone = 'Choose a time zone.';
  let notice: string | null = null;
  let startsAt = '';
  if (!values.startsAtLocal) {
    errors.startsAt = 'Enter when the event starts.';
  } else if (values.timeZone) {
    const converted = toStartsAt(values.startsAtLocal, values.timeZone);
    if (!converted.ok) {
      if (converted.reason === 'unknown-zone') errors.timeZone = startsAtMessage(converted.reason, values);
      else errors.startsAt = startsAtMessage(converted.reason, values);
    } else if (Date.parse(converted.iso) <= now.getTime()) {
      errors.startsAt = 'Choose a time in the future.';
    } else {
      startsAt = converted.iso;
      if (converted.ambiguous) {
        notice = `${values.startsAtLocal.replace('T', ' ')} happens twice in ${values.timeZone} (clocks go back); the first one was used.`;
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const description = values.description.trim();
  return {
    ok: true,
    input: { title, description: description || null, startsAt, timeZone: values.timeZone },
    notice,
  };
}
