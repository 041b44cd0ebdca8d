// Time-zone facts from the runtime's ICU data (Intl): an instant's UTC offset in an IANA zone, the zone's offset
// changes around a date, and how an instant reads on a wall clock there. No tz database of our own to go stale.
import { ValidationError } from './errors';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch (cause) {
      throw new ValidationError(`Unknown IANA time zone: ${timeZone}`, { cause });
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

export function assertTimeZone(timeZone: string): void {
  offsetFormat(timeZone);
}

/** Minutes east of UTC in effect at `instant` in `timeZone` (e.g. 60 for CET, -300 for EST). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const name = offsetFormat(timeZone).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

export type OffsetChange = { at: Date; from: number; to: number };

/** Every offset change in [from, to], found by daily probes and narrowed to the minute. */
export function offsetChanges(timeZone: string, from: Date, to: Date): OffsetChange[] {
  const changes: OffsetChange[] = [];
  // Minute-aligned, so halving the search interval always lands on a whole minute.
  let before = Math.floor(from.getTime() / MINUTE) * MINUTE;
  let offset = utcOffsetMinutes(new Date(before), timeZone);
  for (let probe = before + DAY; before < to.getTime(); probe += DAY) {
    const next = utcOffsetMinutes(new Date(probe), timeZone);
    if (next !== offset) {
      let low = before;
      let high = probe;
      while (high - low > MINUTE) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (utcOffsetMinutes(new Date(mid), timeZone) === offset) low = mid;
        else high = mid;
      }
      changes.push({ at: new Date(high), from: offset, to: next });
      offset = next;
    }
    before = probe;
  }
  return changes.filter((change) => change.at <= to);
}

/** The zone's short name at an instant, e.g. CET, EDT, or GMT+5:30 where ICU has no abbreviation. */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** How an instant reads in the event's zone, e.g. "Saturday, 5 December 2026, 19:00 GMT+1 (Europe/Berlin)". */
export function formatLocalTime(iso: string, timeZone: string, locale = 'en-GB'): string {
  assertTimeZone(timeZone);
  const instant = new Date(iso);
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${date}, ${time} ${zoneAbbreviation(instant, timeZone)} (${timeZone})`;
}
