// Converts the form's wall-clock time (datetime-local) in an IANA zone to the UTC instant the API stores.
// DST is explicit: a time inside a spring-forward gap is rejected, an ambiguous fall-back time takes the
// earlier instant (Temporal's "compatible" choice for overlaps) and is reported so the form can say so.

/** Result of a conversion: the ISO-8601 UTC string, or why there is none. */
export type StartsAtResult =
  | { ok: true; iso: string; ambiguous: boolean }
  | { ok: false; reason: 'invalid' | 'unknown-zone' | 'nonexistent' };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let cached = partsFormatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, cached);
  }
  return cached;
}

/** Offset of `timeZone` from UTC at instant `utcMs`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * `local` is "YYYY-MM-DDTHH:mm[:ss]" as an `<input type="datetime-local">` yields it. Returns the
 * instant as "YYYY-MM-DDTHH:mm:ssZ".
 */
export function toStartsAt(local: string, timeZone: string): StartsAtResult {
  const match = LOCAL.exec(local);
  if (!match) return { ok: false, reason: 'invalid' };
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches impossible calendar dates.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'invalid' };
  }
  try {
    partsFormatter(timeZone);
  } catch {
    return { ok: false, reason: 'unknown-zone' };
  }
  // Offsets in force a day either side cover every transition near this wall time; each candidate
  // instant is kept only if the zone really shows this wall time then.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((delta) => zoneOffsetMs(timeZone, wall + delta)));
  const instants = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => instant + zoneOffsetMs(timeZone, instant) === wall)
    .sort((a, b) => a - b);
  if (instants.length === 0) return { ok: false, reason: 'nonexistent' };
  return { ok: true, iso: new Date(instants[0]).toISOString().replace('.000Z', 'Z'), ambiguous: instants.length > 1 };
}

/** The reverse of `toStartsAt`: the wall-clock "YYYY-MM-DDTHH:mm" of `iso` in `timeZone`, for datetime-local inputs. */
export function toLocalInput(iso: string, timeZone: string): string {
  const utcMs = Date.parse(iso);
  if (Number.isNaN(utcMs)) return '';
  let offset = 0;
  try {
    offset = zoneOffsetMs(timeZone, utcMs);
  } catch {
    // Unknown zone: show UTC rather than nothing; validation then asks for a known zone.
  }
  return new Date(utcMs + offset).toISOString().slice(0, 16);
}
