// Cognito groups from an access token's payload, and what they allow in this client.
// The API enforces the same rules; the client only uses them to decide what to show.

const ORGANIZING_GROUPS = ['organizers', 'admins'];

/** `cognito:groups` from a decoded access token payload; absent when the user is in no group. */
export function groupsFromPayload(payload: Record<string, unknown> | undefined): string[] {
  const groups = payload?.['cognito:groups'];
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
}

/** Organizers and admins may create and publish events. */
export function canOrganize(groups: readonly string[]): boolean {
  return groups.some((group) => ORGANIZING_GROUPS.includes(group));
}
