// onAnnouncementProgress: only the event's organizer or an admin may listen (step 1 checks);
// deliveries are then filtered by the eventId argument.
export function request() {
  return {};
}

export function response() {
  return null;
}
