// The IANA zones offered in the create form: everything the browser knows, plus UTC and the browser's
// own zone, which some engines leave out of `supportedValuesOf` (UTC, legacy aliases like Asia/Calcutta).

/** Sorted, de-duplicated zone names that always include `browserZone` and UTC. */
export function timeZoneOptions(browserZone: string, supported: readonly string[] = supportedTimeZones()): string[] {
  return [...new Set([...supported, 'UTC', browserZone])].sort((a, b) => a.localeCompare(b));
}

function supportedTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}
