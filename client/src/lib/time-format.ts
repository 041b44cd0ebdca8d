// Formats an event's start time in the event's own time zone and in the viewer's, with Intl only.
// Pure functions: zone and locale are parameters so tests are deterministic.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** True when the runtime knows `timeZone` as an IANA zone (Intl throws RangeError otherwise). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The viewer's IANA time zone as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `iso` as a date and time in `timeZone`, e.g. "Sun, 29 Mar 2026, 03:30 CEST" (en-GB). */
export function formatInTimeZone(iso: string, timeZone: string, locale?: string): string {
  return formatter(timeZone, locale).format(new Date(iso));
}

/** An event's start as shown in lists. */
export interface EventTimes {
  /** In the event's time zone (falls back to UTC when the zone is unknown to this browser). */
  atEvent: string;
  /** The zone actually used for `atEvent`. */
  eventZone: string;
  /** In the viewer's zone, or null when that would read the same as `atEvent`. */
  forViewer: string | null;
}

/** Formats a start time for both audiences; an unknown event zone degrades to UTC instead of throwing. */
export function eventTimes(iso: string, eventTimeZone: string, viewerZone: string, locale?: string): EventTimes {
  const eventZone = isValidTimeZone(eventTimeZone) ? eventTimeZone : 'UTC';
  const atEvent = formatInTimeZone(iso, eventZone, locale);
  const zone = isValidTimeZone(viewerZone) ? viewerZone : 'UTC';
  const forViewer = zone === eventZone ? null : formatInTimeZone(iso, zone, locale);
  return { atEvent, eventZone, forViewer: forViewer === atEvent ? null : forViewer };
}
