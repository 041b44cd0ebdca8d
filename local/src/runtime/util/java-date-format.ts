// A java.time.format.DateTimeFormatter subset for util.time: yyyy yy MM M MMM MMMM dd d D HH H hh h kk KK
// mm m ss s S… a E…(EEE/EEEE) Z… X… x… z VV and 'quoted' literals; time zones are IANA ids via Intl.

type Token = { kind: 'field'; letter: string; count: number } | { kind: 'literal'; text: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SUPPORTED = new Set('yuMLdDHhkKmsSaEZXxzV'.split(''));

export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") { tokens.push({ kind: 'literal', text: "'" }); i += 2; continue; }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") { text += "'"; i += 2; continue; }
        if (pattern[i] === "'") break;
        text += pattern[i++];
      }
      if (i >= pattern.length) throw new RangeError(`Pattern ends with an incomplete string literal: ${pattern}`);
      i++;
      tokens.push({ kind: 'literal', text });
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      if (!SUPPORTED.has(ch)) throw new RangeError(`Unknown pattern letter: ${ch}`);
      tokens.push({ kind: 'field', letter: ch, count });
      i += count;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  return tokens;
}

interface Wall {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millis: number;
  weekday: number; offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function isUtc(zone: string | null | undefined): boolean {
  return !zone || zone === 'UTC' || zone === 'Z' || zone === 'GMT' || zone === 'Etc/UTC';
}

/** Offset of `zone` from UTC at instant `ms`, in minutes. */
export function zoneOffsetMinutes(ms: number, zone: string | null | undefined): number {
  if (isUtc(zone)) return 0;
  const fixed = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/.exec(zone!);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const parts: Record<string, string> = {};
  for (const part of zoneFormatter(zone!).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
}

function wallClock(ms: number, zone: string | null | undefined): Wall {
  const offsetMinutes = zoneOffsetMinutes(ms, zone);
  const d = new Date(ms + offsetMinutes * 60000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
    minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millis: d.getUTCMilliseconds(), weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

const pad = (n: number, width: number): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, withColon: boolean, minutesOptional: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (minutesOptional && abs % 60 === 0) return `${sign}${hh}`;
  return `${sign}${hh}${withColon ? ':' : ''}${mm}`;
}

function zoneName(ms: number, zone: string | null | undefined, long: boolean): string {
  if (isUtc(zone)) return long ? 'Coordinated Universal Time' : 'UTC';
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone!, timeZoneName: long ? 'long' : 'short' }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone!;
}

function dayOfYear(w: Wall): number {
  return Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
}

function formatField(letter: string, count: number, w: Wall, ms: number, zone: string | null | undefined): string {
  switch (letter) {
    case 'y': case 'u': return count === 2 ? pad(((w.year % 100) + 100) % 100, 2) : pad(w.year, count);
    case 'M': case 'L':
      if (count >= 4) return MONTHS[w.month - 1];
      if (count === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, count);
    case 'd': return pad(w.day, count);
    case 'D': return pad(dayOfYear(w), count);
    case 'H': return pad(w.hour, count);
    case 'k': return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K': return pad(w.hour % 12, count);
    case 'h': return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm': return pad(w.minute, count);
    case 's': return pad(w.second, count);
    case 'S': return pad(w.millis, 3).padEnd(count, '0').slice(0, count);
    case 'a': return w.hour < 12 ? 'AM' : 'PM';
    case 'E': return count >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case 'Z':
      if (count === 4) return w.offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(w.offsetMinutes, true, false)}`;
      return offsetText(w.offsetMinutes, count === 5, false);
    case 'X': case 'x':
      if (letter === 'X' && w.offsetMinutes === 0) return 'Z';
      return offsetText(w.offsetMinutes, count >= 3, count === 1);
    case 'z': return zoneName(ms, zone, count >= 4);
    case 'V': return isUtc(zone) ? 'UTC' : zone!;
    default: throw new RangeError(`Unknown pattern letter: ${letter}`);
  }
}

export function formatEpochMillis(ms: number, pattern: string, zone?: string | null): string {
  const tokens = tokenize(pattern);
  const wall = wallClock(ms, zone);
  return tokens.map((t) => (t.kind === 'literal' ? t.text : formatField(t.letter, t.count, wall, ms, zone))).join('');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function fieldRegex(letter: string, count: number): string {
  switch (letter) {
    case 'M': case 'L':
      if (count >= 4) return `(${MONTHS.join('|')})`;
      if (count === 3) return `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
      return count === 1 ? '(\\d{1,2})' : `(\\d{${count}})`;
    case 'y': case 'u': return count === 2 ? '(\\d{2})' : count === 1 ? '([+-]?\\d{1,9})' : `([+-]?\\d{${count},9})`;
    case 'S': return `(\\d{${count}})`;
    case 'a': return '(AM|PM|am|pm)';
    case 'E': return count >= 4 ? `(${DAYS.join('|')})` : `(${DAYS.map((d) => d.slice(0, 3)).join('|')})`;
    case 'Z': case 'X': case 'x': return '(Z|GMT|[+-]\\d{2}(?::?\\d{2})?|GMT[+-]\\d{2}:\\d{2})';
    case 'z': case 'V': return '([A-Za-z][A-Za-z0-9/_+-]*)';
    default: return count === 1 ? '(\\d{1,3})' : `(\\d{${count}})`;
  }
}

function parseOffset(text: string): number {
  if (text === 'Z' || text === 'GMT') return 0;
  const m = /^(?:GMT)?([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) throw new RangeError(`invalid offset ${text}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Epoch ms of a wall-clock time in `zone` (earlier offset wins in overlaps, like java.time). */
export function wallToEpochMillis(wallUtcMs: number, zone: string | null | undefined): number {
  let guess = wallUtcMs - zoneOffsetMinutes(wallUtcMs, zone) * 60000;
  guess = wallUtcMs - zoneOffsetMinutes(guess, zone) * 60000;
  return guess;
}

export function parseToEpochMillis(text: string, pattern: string, zone?: string | null): number {
  const tokens = tokenize(pattern);
  const fields = tokens.filter((t): t is Extract<Token, { kind: 'field' }> => t.kind === 'field');
  const source = tokens.map((t) => (t.kind === 'literal' ? escapeRegex(t.text) : fieldRegex(t.letter, t.count))).join('');
  const match = new RegExp(`^${source}$`).exec(String(text));
  if (!match) throw new RangeError(`Text '${text}' could not be parsed with pattern '${pattern}'`);
  const v = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millis: 0, pm: null as boolean | null, hour12: null as number | null };
  let offset: number | null = null;
  let parsedZone: string | null = null;
  fields.forEach((field, index) => {
    const raw = match[index + 1];
    switch (field.letter) {
      case 'y': case 'u': v.year = field.count === 2 ? 2000 + Number(raw) : Number(raw); break;
      case 'M': case 'L':
        v.month = field.count >= 3 ? MONTHS.findIndex((m) => m.startsWith(raw)) + 1 : Number(raw);
        break;
      case 'd': v.day = Number(raw); break;
      case 'H': case 'k': v.hour = Number(raw) % 24; break;
      case 'h': case 'K': v.hour12 = Number(raw) % 12; break;
      case 'm': v.minute = Number(raw); break;
      case 's': v.second = Number(raw); break;
      case 'S': v.millis = Math.floor(Number(`0.${raw}`) * 1000 + 1e-9); break;
      case 'a': v.pm = raw.toUpperCase() === 'PM'; break;
      case 'Z': case 'X': case 'x': offset = parseOffset(raw); break;
      case 'z': case 'V': parsedZone = raw; break;
      default: break;
    }
  });
  if (v.hour12 !== null) v.hour = v.hour12 + (v.pm ? 12 : 0);
  const wall = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second, v.millis);
  if (offset !== null) return wall - offset * 60000;
  return wallToEpochMillis(wall, parsedZone ?? zone);
}
