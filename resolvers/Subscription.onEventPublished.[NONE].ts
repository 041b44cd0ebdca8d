// onEventPublished: nothing to fetch; AppSync delivers publishEvent results to subscribers.
export function request() {
  return { payload: null };
}

export function response() {
  return null;
}
