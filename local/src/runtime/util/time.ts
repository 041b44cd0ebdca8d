// util.time (spec §3.2) over an injected clock; Java patterns and IANA zones come from java-date-format.

import { formatEpochMillis, parseToEpochMillis } from './java-date-format';

const ISO = /^([+-]?\d{4,9})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?$/;

export function parseISO8601ToEpochMilliSeconds(text: string): number {
  const m = ISO.exec(String(text));
  if (!m) throw new RangeError(`Text '${text}' could not be parsed as ISO-8601`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = m;
  const millis = Math.floor(Number(`0.${fraction}`) * 1000 + 1e-9);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  if (!zone || zone === 'Z') return wall;
  const z = /^([+-])(\d{2}):?(\d{2})?:?(\d{2})?$/.exec(zone)!;
  const seconds = Number(z[2]) * 3600 + Number(z[3] ?? 0) * 60 + Number(z[4] ?? 0);
  return wall - (z[1] === '-' ? -1 : 1) * seconds * 1000;
}

export function createTimeUtil(now: () => number) {
  return {
    nowISO8601: () => new Date(now()).toISOString(),
    nowEpochSeconds: () => Math.floor(now() / 1000),
    nowEpochMilliSeconds: () => now(),
    nowFormatted: (pattern: string, zone?: string | null) => formatEpochMillis(now(), pattern, zone),
    parseFormattedToEpochMilliSeconds: (text: string, pattern: string, zone?: string | null) =>
      parseToEpochMillis(text, pattern, zone),
    parseISO8601ToEpochMilliSeconds,
    epochMilliSecondsToSeconds: (ms: number) => Math.trunc(ms / 1000),
    epochMilliSecondsToISO8601: (ms: number) => new Date(ms).toISOString(),
    epochMilliSecondsToFormatted: (ms: number, pattern: string, zone?: string | null) => formatEpochMillis(ms, pattern, zone),
  };
}
